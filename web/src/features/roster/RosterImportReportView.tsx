import type { ImportRosterMutation as ImportRosterData, RosterImportPositionsQuery as PositionsData } from '../../gql/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { ChooseAnotherFile, ProblemsShown, ProblemsTable } from '../../shared/importWizard';
import { ImportChangesTable } from './ImportChangesTable';
import { LossWarnings } from './ImportLosses';
import { changeCount } from './RosterImportWizard';

/** What a roster file would change (dry run) or changed: counts, problems, warnings and the changes row by row. */
export type RosterImportReport = NonNullable<ImportRosterData['importRoster']['report']>;

export type Position = PositionsData['positions'][number];

const COUNTS: Array<['added' | 'changed' | 'ended' | 'unchanged', MessageKey]> = [
  ['added', 'rosterImport.count.added'],
  ['changed', 'rosterImport.count.changed'],
  ['ended', 'rosterImport.count.ended'],
  ['unchanged', 'rosterImport.count.unchanged'],
];

/** The catalog's codes with their names, by segment: what to write in the kode_jabatan column. */
export function ReportView({
  report,
  fileName,
  positions,
  onChooseAnother,
}: {
  report: RosterImportReport;
  fileName: string;
  positions: readonly Position[];
  onChooseAnother: () => void;
}) {
  const { t } = useI18n();
  const total = changeCount(report);
  const positionName = (code: string) => positions.find((p) => p.code === code)?.name;
  return (
    <div className="import-report" data-testid="roster-import-report">
      {report.refused ? (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>
              {t('rosterImport.refused', { name: fileName, n: report.problemCount })}
            </strong>
          </p>
          <p>{t('rosterImport.nothingSaved')}</p>
        </div>
      ) : (
        <p className="notice" role="status">
          {total === 0
            ? t('rosterImport.clean.nothing', { name: fileName, rows: formatInteger(report.rows) })
            : report.warningCount > 0
              ? t('rosterImport.clean.losses', { name: fileName, rows: formatInteger(report.rows) })
              : t('rosterImport.clean', { name: fileName, rows: formatInteger(report.rows) })}
        </p>
      )}
      <dl className="stats" aria-label={t('import.counts')}>
        {COUNTS.map(([field, label]) => (
          <div key={field} className={`stat${report[field] > 0 && field !== 'unchanged' ? ' stat-nonzero' : ''}`}>
            <dt>{t(label)}</dt>
            <dd>{formatInteger(report[field])}</dd>
          </div>
        ))}
      </dl>
      {report.problems.length > 0 && <Problems report={report} />}
      {report.warnings.length > 0 && (
        <LossWarnings warnings={report.warnings} total={report.warningCount} positionName={positionName} />
      )}
      {report.changes.length > 0 && (
        <ImportChangesTable changes={report.changes} total={total} positionName={positionName} />
      )}
      {report.refused && <ChooseAnotherFile text={t('rosterImport.refused.next')} onChoose={onChooseAnother} />}
    </div>
  );
}

function Problems({ report }: { report: RosterImportReport }) {
  const { t } = useI18n();
  return (
    <>
      <ProblemsTable problems={report.problems} caption={t('rosterImport.problems')} rowClassName="row-problem" />
      <ProblemsShown shown={report.problems.length} total={report.problemCount} />
    </>
  );
}
