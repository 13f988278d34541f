import { useRef, useState } from 'react';
import type { UploadBpjsListMutation as UploadData } from '../../gql/graphql';
import { bpjsTemplateUrl } from '../../shared/downloads';
import { readBase64 } from '../../shared/files';
import { formatInteger } from '../../shared/format';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { ChooseAnotherFile, FileChooser, ImportSteps, ProblemsTable } from '../../shared/importWizard';
import { describeError, ErrorList, userErrorText } from '../../shared/ui';
import { GroupFigures } from './GroupFigures';
import { UploadBpjsListMutation } from './operations';

type Report = NonNullable<UploadData['uploadBpjsParticipantList']['report']>;
interface Chosen {
  name: string;
  size: number;
  base64: string;
}

const STEP_LABELS: MessageKey[] = ['import.step1.short', 'import.step2.short', 'bpjs.upload.step3'];

/** The branch's list: choose a file and its date → dry run (the four groups it would give, or every problem) → keep, all or nothing. */
export function BpjsUpload({ regionCode, onApplied }: { regionCode: string; onApplied: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<Chosen | null>(null);
  const [asOf, setAsOf] = useState('');
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
      const { uploadBpjsParticipantList: result } = await execute(UploadBpjsListMutation, {
        input: { regionCode, asOf, fileName: file.name, fileBase64: file.base64, dryRun },
      });
      setErrors(result.errors.map((e) => userErrorText(t, e)));
      const report = result.report;
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
  const step = applied ? 3 : checked ? (checked.refused ? 2 : 3) : file ? 2 : 1;

  return (
    <section className="panel" aria-labelledby="bpjs-upload-title">
      <h2 id="bpjs-upload-title">{t('bpjs.upload.title')}</h2>
      <ImportSteps current={step} done={applied !== null} labels={STEP_LABELS} />
      <p className="muted small">{t('bpjs.upload.help')}</p>
      <p>
        <a className="button" href={bpjsTemplateUrl('xlsx')}>
          {t('bpjs.upload.template')}
        </a>
      </p>
      <label htmlFor="bpjs-as-of">{t('bpjs.upload.asOf')}</label>
      <input id="bpjs-as-of" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
      <FileChooser
        id="bpjs-upload-file"
        label={t('bpjs.upload.file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        file={file}
        busy={busy !== null}
        reading={busy === 'reading'}
        inputRef={inputRef}
        onChoose={choose}
      />
      {file && !checked && !applied && (
        <button type="button" className="primary" disabled={busy !== null || asOf === ''} onClick={() => run(true)}>
          {t('bpjs.upload.check')}
        </button>
      )}
      <ErrorList messages={errors} />

      {checked && (
        <div data-testid="bpjs-upload-report">
          {checked.refused ? (
            <>
              <p className="notice notice-error">{t('bpjs.upload.refused')}</p>
              <ProblemsTable problems={checked.problems} />
              <ChooseAnotherFile text="" onChoose={another} />
            </>
          ) : (
            <>
              <p>{t('bpjs.upload.would', { n: formatInteger(checked.participants) })}</p>
              <GroupFigures groups={checked.groups} />
              <button type="button" className="primary" disabled={busy !== null} onClick={() => run(false)}>
                {t('bpjs.upload.apply')}
              </button>
            </>
          )}
        </div>
      )}
      {applied && (
        <p className="notice notice-ok" role="status">
          {t('bpjs.upload.applied', { n: formatInteger(applied.participants) })}
        </p>
      )}
    </section>
  );
}
