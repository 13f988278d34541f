import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ImportRegionsMutation as ImportRegionsData } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatBytes, formatInteger } from '../../shared/format';
import { useI18n, type MessageKey, type Translate } from '../../shared/i18n';
import { can } from '../../shared/nav';
import {
  ChooseAnotherFile,
  CheckFileButton,
  CSV_ACCEPT,
  FileChooser,
  ImportSteps,
  ProblemsTable,
  readCsvFile,
  ShownOfTotal,
} from '../../shared/importWizard';
import { ErrorList, ListFoot, Loading } from '../../shared/ui';
import { useImportFlow } from '../../shared/useImportFlow';
import { useMe } from '../auth/session';
import { changeKindLabel, changeValue } from './labels';
import { ImportRegionsMutation } from './operations';

/** How many changes the report lists (the counts are always complete). */
export const REPORT_CHANGES = 100;
/** Problems are shown this many at a time: a national file outside one's scope has tens of thousands. */
export const PROBLEMS_PAGE = 200;

export type ImportReport = NonNullable<ImportRegionsData['importRegions']['report']>;

const STEP_LABELS: MessageKey[] = ['import.step1.short', 'import.step2.short', 'import.step3.short'];

export function changeTotal(report: ImportReport): number {
  return report.added + report.renamed + report.reclassified + report.retired + report.restored;
}

export function ImportRegionsPage() {
  const { t } = useI18n();
  const me = useMe();
  if (!can.importRegions(me.role)) {
    return (
      <>
        <h1>{t('import.title')}</h1>
        <p className="notice notice-error" role="alert">
          {t('import.forbidden')}
        </p>
        <p>
          <Link to="/regions">{t('region.backToBrowser')}</Link>
        </p>
      </>
    );
  }
  return <ImportWizard />;
}

function ImportWizard() {
  const { t } = useI18n();
  const flow = useImportFlow({
    read: readCsvFile,
    send: async (file, dryRun) =>
      (
        await execute(ImportRegionsMutation, {
          input: { csv: file.text, fileName: file.name, dryRun },
          changes: REPORT_CHANGES,
        })
      ).importRegions,
  });
  const { file, checked, applied, busy, errors } = flow;
  const clean = checked !== null && !checked.refused;
  const canApply = clean && changeTotal(checked) > 0 && !applied && busy === null;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('import.title')}</h1>
          <p className="muted">{t('import.intro')}</p>
        </div>
        <Link className="button" to="/regions">
          {t('region.backToBrowser')}
        </Link>
      </div>

      <ImportSteps current={flow.step} done={applied !== null} labels={STEP_LABELS} />

      <section className="panel wizard-step" aria-labelledby="import-step-1">
        <h2 id="import-step-1">{t('import.step1.title')}</h2>
        <p className="muted small">{t('import.step1.help')}</p>
        <FileChooser id="import-file" label={t('import.file.label')} accept={CSV_ACCEPT} {...flow.chooser} />
      </section>

      <section className="panel wizard-step" aria-labelledby="import-step-2">
        <h2 id="import-step-2">{t('import.step2.title')}</h2>
        <p className="muted small">{t('import.step2.help')}</p>
        <CheckFileButton flow={flow} />
        {busy === 'checking' && file && (
          <Loading label={t('import.checking', { name: file.name, size: formatBytes(file.size) })} />
        )}
        {errors?.request === 'check' && <ErrorList messages={errors.messages} />}
        {checked && file && busy !== 'checking' && (
          <ReportView report={checked} fileName={file.name} mode="dryRun" onChooseAnother={flow.chooseAnother} />
        )}
      </section>

      <section className="panel wizard-step" aria-labelledby="import-step-3">
        <h2 id="import-step-3">{t('import.step3.title')}</h2>
        {!applied && <p className="muted small">{applyHint(t, checked)}</p>}
        {!applied && (
          <button type="button" className="primary" disabled={!canApply} onClick={() => void flow.apply()}>
            {t('import.apply')}
          </button>
        )}
        {busy === 'applying' && file && <Loading label={t('import.applying', { name: file.name })} />}
        {errors?.request === 'apply' && <ErrorList messages={errors.messages} />}
        {applied && (
          <>
            <ReportView report={applied} fileName={file?.name ?? ''} mode="applied" onChooseAnother={flow.startOver} />
            <div className="button-row">
              <Link className="button" to="/regions">
                {t('import.done.browse')}
              </Link>
              <button type="button" onClick={flow.startOver}>
                {t('import.done.another')}
              </button>
            </div>
          </>
        )}
      </section>
    </>
  );
}

function applyHint(t: Translate, report: ImportReport | null): string {
  if (!report) return t('import.step3.needCheck');
  if (report.refused) return t('import.step3.refused');
  if (changeTotal(report) === 0) return t('import.step3.nothing');
  return t('import.step3.ready');
}

const COUNT_ROWS: Array<[keyof ImportReport & ('added' | 'renamed' | 'reclassified' | 'retired' | 'restored' | 'unchanged'), MessageKey]> = [
  ['added', 'import.count.added'],
  ['renamed', 'import.count.renamed'],
  ['reclassified', 'import.count.reclassified'],
  ['retired', 'import.count.retired'],
  ['restored', 'import.count.restored'],
  ['unchanged', 'import.count.unchanged'],
];

export function ReportView({
  report,
  fileName,
  mode,
  onChooseAnother,
}: {
  report: ImportReport;
  fileName: string;
  mode: 'dryRun' | 'applied';
  onChooseAnother: () => void;
}) {
  const { t } = useI18n();
  if (report.refused) return <RefusedReport report={report} fileName={fileName} onChooseAnother={onChooseAnother} />;

  const total = changeTotal(report);
  return (
    <div className="import-report" data-testid={mode === 'dryRun' ? 'dry-run-report' : 'apply-report'}>
      <p className={`notice ${mode === 'applied' ? 'notice-ok' : ''}`} role="status">
        {mode === 'applied'
          ? t('import.applied', { name: fileName, n: total })
          : total === 0
            ? t('import.clean.nothing', { name: fileName, rows: formatInteger(report.rows) })
            : t('import.clean', { name: fileName, rows: formatInteger(report.rows) })}
      </p>
      <dl className="stats" aria-label={t('import.counts')}>
        {COUNT_ROWS.map(([field, label]) => (
          <div key={field} className={`stat stat-${field}${report[field] > 0 && field !== 'unchanged' ? ' stat-nonzero' : ''}`}>
            <dt>{t(label)}</dt>
            <dd>{formatInteger(report[field])}</dd>
          </div>
        ))}
      </dl>
      {mode === 'dryRun' && report.retired > 0 && (
        <p className="notice notice-warn">{t('import.retireWarning', { n: report.retired })}</p>
      )}
      {report.changes.length > 0 && <ChangesTable report={report} total={total} linkCodes={mode === 'applied'} />}
    </div>
  );
}

function ChangesTable({ report, total, linkCodes }: { report: ImportReport; total: number; linkCodes: boolean }) {
  const { t, lang } = useI18n();
  return (
    <>
      <div className="table-wrap">
        <table className="region-table">
          <caption>{t('import.changes.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('regions.col.code')}</th>
              <th scope="col">{t('regions.col.name')}</th>
              <th scope="col">{t('import.changes.kind')}</th>
              <th scope="col">{t('import.changes.from')}</th>
              <th scope="col">{t('import.changes.to')}</th>
            </tr>
          </thead>
          <tbody>
            {report.changes.map((c, i) => (
              <tr key={`${c.code}-${c.kind}-${i}`}>
                <td className="mono nowrap">{c.code}</td>
                <th scope="row">{linkCodes ? <Link to={`/regions/${c.code}`}>{c.name}</Link> : c.name}</th>
                <td>{changeKindLabel(t, c.kind)}</td>
                <td>{changeValue(t, lang, c.kind, c.oldValue)}</td>
                <td>{changeValue(t, lang, c.kind, c.newValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShownOfTotal shown={report.changes.length} total={total} />
    </>
  );
}

function RefusedReport({
  report,
  fileName,
  onChooseAnother,
}: {
  report: ImportReport;
  fileName: string;
  onChooseAnother: () => void;
}) {
  const { t, lang } = useI18n();
  const [shown, setShown] = useState(PROBLEMS_PAGE);
  const problems = report.problems.slice(0, shown);
  return (
    <div className="import-report" data-testid="refused-report">
      <div className="notice notice-error" role="alert">
        <p>
          <strong>{t('import.refused', { name: fileName, n: report.problemCount })}</strong>
        </p>
        <p>{t('import.nothingApplied')}</p>
      </div>
      {report.problemCount > PROBLEMS_PAGE && <ProblemSummary kinds={report.problemKinds} />}
      <ProblemsTable
        problems={problems.map((p) => ({ line: p.line, column: p.column, message: lang === 'en' ? p.messageEn : p.message }))}
      />
      <ListFoot
        shown={problems.length}
        total={report.problemCount}
        hasMore={report.problems.length > shown}
        onMore={() => setShown((s) => s + PROBLEMS_PAGE)}
        shownText={t('import.problems.shown', { shown: formatInteger(problems.length), total: formatInteger(report.problemCount) })}
        moreLabel={t('import.problems.more', { n: formatInteger(Math.min(PROBLEMS_PAGE, report.problems.length - shown)) })}
      />
      <ChooseAnotherFile text={t('import.refused.next')} onChoose={onChooseAnother} />
    </div>
  );
}

/** Many problems (a national file outside one's province has ~89,000): how many of each kind, with the first as example. */
function ProblemSummary({ kinds: unsorted }: { kinds: ImportReport['problemKinds'] }) {
  const { t, lang } = useI18n();
  const kinds = [...unsorted].sort((a, b) => b.count - a.count);
  return (
    <div className="table-wrap">
      <table className="region-table">
        <caption>{t('import.problems.summary')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('import.problems.count')}</th>
            <th scope="col">{t('import.problems.example')}</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map(({ first, count }) => (
            <tr key={first.code}>
              <th scope="row" className="num">{formatInteger(count)}</th>
              <td>
                {first.line === 0
                  ? t('import.problems.wholeFile')
                  : t('import.problems.atLine', { line: formatInteger(first.line) })}
                : {lang === 'en' ? first.messageEn : first.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
