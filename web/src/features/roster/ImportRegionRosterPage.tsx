import type { ImportRegionRosterMutation as ImportResult } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { userErrorText } from '../../shared/ui';
import { useMe } from '../auth/session';
import { ImportRegionRosterMutation } from './operations';
import { RosterImportWizard, useRosterImport } from './RosterImportWizard';
import './roster.css';

type Report = NonNullable<ImportResult['importRegionRoster']['report']>;

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
  const flow = useRosterImport<Report>(
    async (input) => (await execute(ImportRegionRosterMutation, { input: { regionCode, ...input } })).importRegionRoster,
  );

  return (
    <RosterImportWizard
      id="region-import"
      flow={flow}
      villageCode=""
      texts={{ step1Help: t('regionImport.step1.help') }}
      report={(checked) => <RegionReport report={checked} />}
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

function RegionReport({ report }: { report: Report }) {
  const { t } = useI18n();
  return (
    <>
      <p className={report.refused ? 'notice notice-error' : 'notice notice-ok'} role="status">
        {report.refused
          ? t('regionImport.refused', { n: report.problemCount })
          : t('regionImport.summary', {
              villages: report.villageCount,
              added: formatInteger(report.added),
              changed: formatInteger(report.changed),
              ended: formatInteger(report.ended),
              unchanged: formatInteger(report.unchanged),
            })}
      </p>
      {report.problems.length > 0 && (
        <div className="table-wrap">
          <table className="region-table">
            <caption>{t('import.problems.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('import.problems.line')}
                </th>
                <th scope="col">{t('regionImport.village')}</th>
                <th scope="col">{t('import.problems.column')}</th>
                <th scope="col">{t('import.problems.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i}>
                  <th scope="row" className="num">
                    {p.line === 0 ? t('import.problems.wholeFile') : formatInteger(p.line)}
                  </th>
                  <td className="mono">{p.villageCode ?? t('common.dash')}</td>
                  <td className="mono">{p.column ?? t('common.dash')}</td>
                  <td>{userErrorText(t, p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.villages.length > 0 && (
        <div className="table-wrap">
          <table className="region-table">
            <caption>{t('regionImport.perVillage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regionImport.village')}</th>
                <th scope="col" className="num">
                  {t('regionImport.added')}
                </th>
                <th scope="col" className="num">
                  {t('regionImport.changed')}
                </th>
                <th scope="col" className="num">
                  {t('regionImport.ended')}
                </th>
                <th scope="col" className="num">
                  {t('regionImport.unchanged')}
                </th>
                <th scope="col" className="num">
                  {t('regionImport.problems')}
                </th>
                <th scope="col" className="num">
                  {t('regionImport.warnings')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.villages.map((v) => (
                <tr key={v.villageCode} className={v.problemCount > 0 ? 'row-problem' : undefined}>
                  <th scope="row">
                    {v.villageName} <span className="muted mono small">{v.villageCode}</span>
                  </th>
                  <td className="num">{formatInteger(v.added)}</td>
                  <td className="num">{formatInteger(v.changed)}</td>
                  <td className="num">{formatInteger(v.ended)}</td>
                  <td className="num">{formatInteger(v.unchanged)}</td>
                  <td className="num">{formatInteger(v.problemCount)}</td>
                  <td className="num">{formatInteger(v.warningCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
