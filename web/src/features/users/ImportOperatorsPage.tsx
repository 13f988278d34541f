import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { ImportOperatorsMutation as ImportOperatorsData } from '../../gql/graphql';
import { downloadText, toCsv } from '../../shared/csv';
import { formatInteger } from '../../shared/format';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import {
  ChooseAnotherFile,
  CheckFileButton,
  CSV_ACCEPT,
  FileChooser,
  ImportSteps,
  ProblemsTable,
  readCsvFile,
} from '../../shared/importWizard';
import { ErrorList, Loading } from '../../shared/ui';
import { useImportFlow } from '../../shared/useImportFlow';
import { useMe } from '../auth/session';
import { ImportOperatorsMutation } from './operations';
import { UserAdminOnly } from './shared';

export type OperatorReport = NonNullable<ImportOperatorsData['importOperators']['report']>;

export const TEMPLATE_HEADER = 'user_name,full_name,village_code,contact';

/** The template: the header and one example row with a village of the user's own region. */
export function templateCsv(regionCode: string): string {
  const depth = regionCode.split('.').length;
  const village = depth === 1 ? `${regionCode}.01.01.2001` : depth === 2 ? `${regionCode}.01.2001` : '61.01.01.2001';
  return toCsv([TEMPLATE_HEADER.split(','), ['op.contohdesa', 'Nama Lengkap Operator', village, '081234567890']]);
}

/** The created accounts with their one-time passwords, as a CSV to keep offline and hand out. */
export function passwordListCsv(report: OperatorReport): string {
  return toCsv([
    ['user_name', 'full_name', 'village_code', 'initial_password'],
    ...report.rows.map((r) => [r.userName, r.fullName, r.villageCode, r.initialPassword ?? '']),
  ]);
}

export function passwordListFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `kata-sandi-sementara-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.csv`;
}

const STEP_LABELS: MessageKey[] = ['import.step1.short', 'import.step2.short', 'opImport.step3.short'];

export function ImportOperatorsPage() {
  const { t } = useI18n();
  return (
    <UserAdminOnly title={t('opImport.title')}>
      <OperatorImportWizard />
    </UserAdminOnly>
  );
}

function OperatorImportWizard() {
  const { t } = useI18n();
  const me = useMe();
  const flow = useImportFlow({
    read: readCsvFile,
    send: async (file, dryRun) => (await execute(ImportOperatorsMutation, { input: { csv: file.text, dryRun } })).importOperators,
  });
  const { file, checked, applied: created, busy, errors } = flow;
  const canCreate = checked !== null && !checked.refused && !created && busy === null;

  return (
    <>
      <div className="page-head no-print">
        <div>
          <p>
            <Link to="/users">{t('users.back')}</Link>
          </p>
          <h1>{t('opImport.title')}</h1>
          <p className="muted">{t('opImport.intro')}</p>
        </div>
      </div>

      <ImportSteps current={flow.step} done={created !== null} labels={STEP_LABELS} className="no-print" />

      <section className="panel wizard-step no-print" aria-labelledby="op-step-1">
        <h2 id="op-step-1">{t('opImport.step1.title')}</h2>
        <p className="muted small">{t('opImport.step1.help')}</p>
        <p>
          <a
            className="button"
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(me.regionCode))}`}
            download="templat-operator-desa.csv"
          >
            {t('opImport.template')}
          </a>
        </p>
        <FileChooser id="op-import-file" label={t('opImport.file.label')} accept={CSV_ACCEPT} {...flow.chooser} />
      </section>

      <section className={`panel wizard-step${created ? ' no-print' : ''}`} aria-labelledby="op-step-2">
        <h2 id="op-step-2">{t('opImport.step2.title')}</h2>
        <p className="muted small">{t('opImport.step2.help')}</p>
        <CheckFileButton flow={flow} />
        {busy === 'checking' && <Loading label={t('opImport.checking')} />}
        {errors?.request === 'check' && <ErrorList messages={errors.messages} />}
        {checked && file && busy !== 'checking' && !created && (
          <CheckReport report={checked} fileName={file.name} onChooseAnother={flow.chooseAnother} />
        )}
      </section>

      <section className="panel wizard-step" aria-labelledby="op-step-3">
        <h2 id="op-step-3" className={created ? 'no-print' : undefined}>
          {t('opImport.step3.title')}
        </h2>
        {!created && (
          <>
            <p className="muted small">
              {!checked
                ? t('opImport.step3.needCheck')
                : checked.refused
                  ? t('opImport.step3.refused')
                  : t('opImport.step3.ready', { n: formatInteger(checked.rows.length) })}
            </p>
            <button type="button" className="primary" disabled={!canCreate} onClick={() => void flow.apply()}>
              {t('opImport.create')}
            </button>
          </>
        )}
        {busy === 'applying' && <Loading label={t('opImport.creating')} />}
        {errors?.request === 'apply' && <ErrorList messages={errors.messages} />}
        {created && <CreatedAccounts report={created} onAnother={flow.startOver} />}
      </section>
    </>
  );
}

/** The dry run: every problem with its line (nothing is created while there is one), then the accounts of the file. */
export function CheckReport({
  report,
  fileName,
  onChooseAnother,
}: {
  report: OperatorReport;
  fileName: string;
  onChooseAnother: () => void;
}) {
  const { t } = useI18n();
  const problemLines = new Set(report.problems.map((p) => p.line));
  return (
    <div className="import-report" data-testid={report.refused ? 'refused-report' : 'dry-run-report'}>
      {report.refused ? (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{t('import.refused', { name: fileName, n: report.problems.length })}</strong>
          </p>
          <p>{t('opImport.nothingCreated')}</p>
        </div>
      ) : (
        <p className="notice" role="status">
          {t('opImport.clean', { name: fileName, n: report.rows.length })}
        </p>
      )}
      {report.problems.length > 0 && (
        <>
          <ProblemsTable problems={report.problems} />
          <ChooseAnotherFile text={t('import.refused.next')} onChoose={onChooseAnother} />
        </>
      )}
      {report.rows.length > 0 && (
        <div className="table-wrap">
          <table className="region-table">
            <caption>{t('opImport.rows.caption', { n: formatInteger(report.rows.length) })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('import.problems.line')}
                </th>
                <th scope="col">{t('users.field.userName')}</th>
                <th scope="col">{t('users.field.fullName')}</th>
                <th scope="col">{t('opImport.col.village')}</th>
                <th scope="col">{t('opImport.col.check')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => {
                const bad = problemLines.has(r.line);
                return (
                  <tr key={r.line} className={bad ? 'row-problem' : undefined}>
                    <td className="num">{formatInteger(r.line)}</td>
                    <th scope="row" className="mono">
                      {r.userName}
                    </th>
                    <td>{r.fullName}</td>
                    <td className="mono">{r.villageCode}</td>
                    <td>{bad ? <span className="no">{t('opImport.row.problem')}</span> : <span className="yes">{t('opImport.row.ok')}</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** The accounts just created, each with its one-time password: download, print, hand out in private. */
export function CreatedAccounts({ report, onAnother }: { report: OperatorReport; onAnother: () => void }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  // The passwords are what matters now: bring them into view.
  useEffect(() => box.current?.scrollIntoView?.({ block: 'start' }), []);
  return (
    <div className="import-report" data-testid="created-report" ref={box}>
      <p className="notice notice-ok" role="status">
        {t('opImport.created', { n: report.created })}
      </p>
      <div className="notice notice-warn">
        <p>
          <strong>{t('users.otp.once')}</strong> {t('opImport.created.warning')}
        </p>
      </div>
      <div className="button-row no-print">
        <button type="button" className="primary" onClick={() => downloadText(passwordListFileName(new Date()), passwordListCsv(report))}>
          {t('opImport.download')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('opImport.print')}
        </button>
      </div>
      <div className="table-wrap">
        <table className="region-table password-list">
          <caption>{t('opImport.created.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.field.userName')}</th>
              <th scope="col">{t('users.field.fullName')}</th>
              <th scope="col">{t('opImport.col.village')}</th>
              <th scope="col">{t('users.otp.label')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.line}>
                <th scope="row" className="mono">
                  <Link to={`/users/${encodeURIComponent(r.userName)}`}>{r.userName}</Link>
                </th>
                <td>{r.fullName}</td>
                <td className="mono">{r.villageCode}</td>
                <td>
                  <span className="secret-key">{r.initialPassword ?? t('common.dash')}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row no-print">
        <Link className="button" to="/users">
          {t('opImport.done.list')}
        </Link>
        <button type="button" onClick={onAnother}>
          {t('opImport.done.another')}
        </button>
      </div>
    </div>
  );
}
