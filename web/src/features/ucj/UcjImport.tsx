import { useRef, useState } from 'react';
import type { ImportUcjInputsMutation as ImportData } from '../../gql/graphql';
import { readBase64 } from '../../shared/files';
import { formatInteger } from '../../shared/format';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { ChooseAnotherFile, FileChooser, ImportSteps, ProblemsTable } from '../../shared/importWizard';
import { describeError, ErrorList, userErrorText } from '../../shared/ui';
import { ImportUcjInputsMutation } from './operations';

type Report = NonNullable<ImportData['importUcjInputs']['report']>;
interface Chosen {
  name: string;
  size: number;
  base64: string;
}

const STEP_LABELS: MessageKey[] = ['import.step1.short', 'import.step2.short', 'ucj.step3.short'];

/** Upload → dry run report (what would be added or changed, every problem by line and column) → save, all or nothing. */
export function UcjImport({ templateUrl, onApplied }: { templateUrl: string; onApplied: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<Chosen | null>(null);
  const [check, setCheck] = useState<{ file: Chosen; report: Report } | null>(null);
  const [applied, setApplied] = useState<Report | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState<'reading' | 'checking' | 'saving' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  async function choose(picked: File | undefined) {
    setCheck(null);
    setApplied(null);
    setErrors([]);
    setFile(null);
    if (!picked) return;
    setBusy('reading');
    try {
      setFile({ name: picked.name, size: picked.size, base64: await readBase64(picked) });
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(null);
    }
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(dryRun ? 'checking' : 'saving');
    setErrors([]);
    try {
      const { importUcjInputs } = await execute(ImportUcjInputsMutation, { input: { fileName: file.name, fileBase64: file.base64, dryRun } });
      setErrors(importUcjInputs.errors.map((e) => userErrorText(t, e)));
      const report = importUcjInputs.report;
      if (!report) return;
      if (report.applied) {
        setCheck(null);
        setApplied(report);
        onApplied();
      } else setCheck({ file, report });
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(null);
    }
  }

  function another() {
    if (!inputRef.current) return;
    inputRef.current.value = '';
    inputRef.current.click();
  }

  const checked = check !== null && check.file === file ? check.report : null;
  const changes = checked && !checked.refused ? checked.added + checked.changed : 0;
  const step = applied ? 3 : checked ? (checked.refused ? 2 : 3) : file ? 2 : 1;

  return (
    <section className="panel" aria-labelledby="ucj-import-title">
      <h2 id="ucj-import-title">{t('ucj.import.title')}</h2>
      <ImportSteps current={step} done={applied !== null} labels={STEP_LABELS} />
      <p className="muted small">{t('ucj.import.help')}</p>
      <p>
        <a className="button" href={templateUrl}>
          {t('ucj.import.template')}
        </a>
      </p>
      <FileChooser
        id="ucj-import-file"
        label={t('ucj.import.file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        file={file}
        busy={busy !== null}
        reading={busy === 'reading'}
        inputRef={inputRef}
        onChoose={choose}
      />
      {file && !checked && !applied && (
        <button type="button" className="primary" disabled={busy !== null} onClick={() => run(true)}>
          {t('ucj.import.check')}
        </button>
      )}
      <ErrorList messages={errors} />

      {checked && (
        <div data-testid="ucj-import-report">
          <p>
            {t('ucj.import.summary', {
              added: formatInteger(checked.added),
              changed: formatInteger(checked.changed),
              unchanged: formatInteger(checked.unchanged),
            })}
          </p>
          {checked.refused ? (
            <>
              <p className="notice notice-error">{t('ucj.import.refused')}</p>
              <ProblemsTable problems={checked.problems} />
              <ChooseAnotherFile text="" onChoose={another} />
            </>
          ) : changes === 0 ? (
            <p className="notice">{t('ucj.import.nothing')}</p>
          ) : (
            <>
              <ul className="small">
                {checked.rows
                  .filter((r) => r.kind !== 'UNCHANGED')
                  .map((r) => (
                    <li key={r.line}>
                      {r.regionCode} · {r.period} · {t(`ucj.import.kind.${r.kind}` as MessageKey)}
                    </li>
                  ))}
              </ul>
              <button type="button" className="primary" disabled={busy !== null} onClick={() => run(false)}>
                {t('ucj.import.apply', { n: changes })}
              </button>
            </>
          )}
        </div>
      )}
      {applied && (
        <p className="notice notice-ok" role="status">
          {t('ucj.import.applied', { added: formatInteger(applied.added), changed: formatInteger(applied.changed) })}
        </p>
      )}
    </section>
  );
}
