import { Link, useParams } from 'react-router-dom';
import { execute } from '../../shared/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { useMe } from '../auth/session';
import { useQuery } from '../../shared/useQuery';
import { SEGMENTS } from './personFormValues';
import { ImportRosterMutation, RosterImportPositionsQuery } from './operations';
import { ReportView, type Position, type RosterImportReport } from './RosterImportReportView';
import { changeCount, RosterImportWizard, useRosterImport } from './RosterImportWizard';
import './roster.css';

/** /roster/:villageCode/import — choose a spreadsheet, see what it would change (dry run), then apply it. */
export function ImportRosterPage() {
  const { villageCode = '' } = useParams<{ villageCode: string }>();
  const { t } = useI18n();
  const me = useMe();
  const back = `/roster/${villageCode}`;
  const editable = can.editRoster(me.role, me.regionCode, villageCode);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('rosterImport.title')}</h1>
          <p className="muted">{t('rosterImport.intro', { code: villageCode })}</p>
        </div>
        <Link className="button" to={back}>
          {t('roster.backToRoster')}
        </Link>
      </div>
      {editable ? (
        <ImportWizard villageCode={villageCode} back={back} />
      ) : (
        <p className="notice notice-error" role="alert">
          {t('roster.forbidden')}
        </p>
      )}
    </>
  );
}

function ImportWizard({ villageCode, back }: { villageCode: string; back: string }) {
  const { t } = useI18n();
  const positions = useQuery(RosterImportPositionsQuery, {}).data?.positions ?? [];
  const flow = useRosterImport<RosterImportReport>(
    async (input) => (await execute(ImportRosterMutation, { input: { villageCode, ...input } })).importRoster,
  );

  return (
    <RosterImportWizard
      id="roster-import"
      flow={flow}
      villageCode={villageCode}
      texts={{ step1Help: t('rosterImport.step1.help'), step2Help: t('rosterImport.step2.help') }}
      beforeFile={<PositionCodes positions={positions} />}
      report={(checked) =>
        flow.file && (
          <ReportView report={checked} fileName={flow.file.name} positions={positions} onChooseAnother={flow.chooseAnother} />
        )
      }
      readyText={(_, losses) =>
        losses > 0 ? t('rosterImport.step3.confirmNeeded', { n: formatInteger(losses) }) : t('rosterImport.step3.ready')
      }
      applied={(applied) => ({ text: t('rosterImport.applied', { n: changeCount(applied) }), to: back, label: t('rosterImport.done') })}
    />
  );
}

function PositionCodes({ positions }: { positions: readonly Position[] }) {
  const { t } = useI18n();
  if (positions.length === 0) return null;
  return (
    <details className="position-codes">
      <summary>{t('rosterImport.positions')}</summary>
      <p className="muted small">{t('rosterImport.positions.help')}</p>
      {SEGMENTS.map((segment) => {
        const list = positions.filter((p) => p.segment === segment);
        if (list.length === 0) return null;
        return (
          <div key={segment} className="table-wrap">
            <table>
              <caption>{t(`segment.${segment}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rosterImport.positions.code')}</th>
                  <th scope="col">{t('roster.col.position')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((p) => (
                  <tr key={p.code}>
                    <td className="mono">{p.code}</td>
                    <th scope="row">
                      {p.name}
                      {p.maxPerVillage != null && (
                        <span className="muted small"> · {t('rosterImport.positions.max', { n: p.maxPerVillage })}</span>
                      )}
                    </th>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </details>
  );
}
