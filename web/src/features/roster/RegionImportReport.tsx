import { useState } from 'react';
import type { ImportRegionRosterMutation as ImportResult } from '../../gql/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ProblemsShown, ProblemsTable, type ChosenSpreadsheet } from '../../shared/importWizard';
import { useQuery } from '../../shared/useQuery';
import { ErrorList, ErrorMessage, Loading, userErrorText } from '../../shared/ui';
import { ImportChangesTable } from './ImportChangesTable';
import { LossWarnings } from './ImportLosses';
import { RosterImportPositionsQuery } from './operations';
import { RegionImportVillageRowsMutation } from './regionImportOperations';

export type RegionReport = NonNullable<ImportResult['importRegionRoster']['report']>;
type VillageCounts = RegionReport['villages'][number];

/**
 * A region's file checked: its problems, then per village what it adds, changes and ends, and row by row what it takes
 * away and what it changes — the whole file's first rows, or all of one chosen village's.
 */
export function RegionImportReport({ report, file, regionCode }: { report: RegionReport; file: ChosenSpreadsheet; regionCode: string }) {
  const { t } = useI18n();
  const positions = useQuery(RosterImportPositionsQuery, {}).data?.positions ?? [];
  const [chosen, choose] = useState<VillageCounts | null>(null);
  const names = new Map(report.villages.map((v) => [v.villageCode, v.villageName]));
  const villageName = (code: string) => `${names.get(code) ?? code} (${code})`;
  const positionName = (code: string) => positions.find((p) => p.code === code)?.name;
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
        <>
          <ProblemsTable problems={report.problems} villageHeading={t('regionImport.village')} />
          <ProblemsShown shown={report.problems.length} total={report.problemCount} hint={t('regionImport.problems.perVillage')} />
        </>
      )}
      {report.villages.length > 0 && <PerVillage report={report} chosen={chosen?.villageCode} onChoose={choose} />}
      {chosen ? (
        <ChosenVillageRows
          village={chosen}
          file={file}
          regionCode={regionCode}
          villageName={villageName}
          positionName={positionName}
          onAll={() => choose(null)}
        />
      ) : (
        <>
          {report.warnings.length > 0 && (
            <LossWarnings warnings={report.warnings} total={report.warningCount} positionName={positionName} villageName={villageName} />
          )}
          {report.changes.length > 0 && (
            <ImportChangesTable
              changes={report.changes}
              total={report.added + report.changed + report.ended}
              positionName={positionName}
              villageName={villageName}
            />
          )}
        </>
      )}
    </>
  );
}

function PerVillage({
  report,
  chosen,
  onChoose,
}: {
  report: RegionReport;
  chosen: string | undefined;
  onChoose: (village: VillageCounts) => void;
}) {
  const { t } = useI18n();
  const counts = ['added', 'changed', 'ended', 'unchanged', 'problemCount', 'warningCount'] as const;
  const heads = {
    added: t('regionImport.added'),
    changed: t('regionImport.changed'),
    ended: t('regionImport.ended'),
    unchanged: t('regionImport.unchanged'),
    problemCount: t('regionImport.problems'),
    warningCount: t('regionImport.warnings'),
  };
  return (
    <div className="table-wrap">
      <table className="region-table">
        <caption>{t('regionImport.perVillage')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('regionImport.village')}</th>
            {counts.map((c) => (
              <th key={c} scope="col" className="num">
                {heads[c]}
              </th>
            ))}
            <th scope="col">
              <span className="sr-only">{t('regionImport.rows')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {report.villages.map((v) => (
            <tr key={v.villageCode} className={v.problemCount > 0 ? 'row-problem' : undefined}>
              <th scope="row">
                {v.villageName} <span className="muted mono small">{v.villageCode}</span>
              </th>
              {counts.map((c) => (
                <td key={c} className="num">
                  {formatInteger(v[c])}
                </td>
              ))}
              <td>
                {v.added + v.changed + v.ended + v.problemCount > 0 && v.villageCode !== chosen && (
                  <button type="button" className="link-button" onClick={() => onChoose(v)}>
                    {t('regionImport.showRows')}
                    <span className="sr-only"> {v.villageName}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** All of one village's rows: the dry run read again for that village, so a long file's later villages can be seen too. */
function ChosenVillageRows({
  village,
  file,
  regionCode,
  villageName,
  positionName,
  onAll,
}: {
  village: VillageCounts;
  file: ChosenSpreadsheet;
  regionCode: string;
  villageName: (code: string) => string;
  positionName: (code: string) => string | undefined;
  onAll: () => void;
}) {
  const { t } = useI18n();
  const input = { regionCode, fileName: file.name, fileBase64: file.base64, dryRun: true, confirmLosses: false };
  const rows = useQuery(RegionImportVillageRowsMutation, { input, village: village.villageCode });
  const report = rows.data?.importRegionRoster.report;
  const errors = rows.data?.importRegionRoster.errors ?? [];
  return (
    <section className="chosen-village" aria-live="polite">
      <div className="button-row">
        <h3>{t('regionImport.rowsOf', { village: villageName(village.villageCode) })}</h3>
        <button type="button" onClick={onAll}>
          {t('regionImport.allRows')}
        </button>
      </div>
      {rows.loading && <Loading label={t('regionImport.loadingRows')} />}
      {rows.error != null && <ErrorMessage error={rows.error} onRetry={rows.refetch} />}
      <ErrorList messages={errors.map((e) => userErrorText(t, e))} />
      {report && !rows.loading && (
        <>
          {report.problems.length > 0 && <ProblemsTable problems={report.problems} rowClassName="row-problem" />}
          {report.warnings.length > 0 && (
            <LossWarnings warnings={report.warnings} total={village.warningCount} positionName={positionName} />
          )}
          {report.changes.length > 0 && (
            <ImportChangesTable
              changes={report.changes}
              total={village.added + village.changed + village.ended}
              positionName={positionName}
            />
          )}
        </>
      )}
    </section>
  );
}
