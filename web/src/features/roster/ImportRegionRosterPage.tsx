import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { useMe } from '../auth/session';
import { RegionImportReport, type RegionReport } from './RegionImportReport';
import { ImportRegionRosterMutation } from './regionImportOperations';
import { RosterImportWizard, useRosterImport } from './RosterImportWizard';
import './roster.css';

/**
 * /roster-import — a regency's staff (their regency) or the province admin (their province) import one file of many
 * villages: the dry run per village and per row, then applied as one submission per village, sent on its behalf.
 */
export function ImportRegionRosterPage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('regionImport.title')}</h1>
          <p className="muted">{t('regionImport.intro', { code: me.regionCode })}</p>
        </div>
      </div>
      {can.importRegionRoster(me.role) ? (
        <Wizard regionCode={me.regionCode} />
      ) : (
        <p className="notice notice-error" role="alert">
          {t('roster.forbidden')}
        </p>
      )}
    </>
  );
}

function Wizard({ regionCode }: { regionCode: string }) {
  const { t } = useI18n();
  const flow = useRosterImport<RegionReport>(
    async (input) => (await execute(ImportRegionRosterMutation, { input: { regionCode, ...input } })).importRegionRoster,
  );

  return (
    <RosterImportWizard
      id="region-import"
      flow={flow}
      villageCode=""
      texts={{ step1Help: t('regionImport.step1.help') }}
      report={(checked) => flow.file && <RegionImportReport report={checked} file={flow.file} regionCode={regionCode} />}
      readyText={(checked) =>
        t('regionImport.step3.ready', { n: checked.villages.filter((v) => v.added + v.changed + v.ended > 0).length })
      }
      applied={(applied) => ({
        text: t('regionImport.applied', { n: applied.submissions }),
        to: '/submissions',
        label: t('regionImport.toSubmissions'),
      })}
    />
  );
}
