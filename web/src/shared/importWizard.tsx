import type { Ref } from 'react';
import { readBase64, readUtf8 } from './files';
import { formatBytes, formatInteger } from './format';
import { useI18n, type MessageKey, type Translate } from './i18n';
import { describeError, Loading, userErrorText } from './ui';

/**
 * The pieces the import wizards share: reading the chosen file, the step indicator, the file-choose field and the
 * table of a file's problems. The state they go through is `useImportFlow`.
 */

export const CSV_ACCEPT = '.csv,text/csv';
export const SPREADSHEET_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ChosenTextFile {
  name: string;
  size: number;
  /** The file's text exactly as stored, a byte-order mark included (the server refuses it and says why). */
  text: string;
}

/** Reads a chosen CSV as UTF-8 text; otherwise says, in the reader's language, why it cannot be used. */
export async function readCsvFile(file: File, t: Translate): Promise<{ file: ChosenTextFile } | { error: string }> {
  try {
    const text = await readUtf8(file);
    if (text === null) return { error: t('import.file.notUtf8', { name: file.name }) };
    return { file: { name: file.name, size: file.size, text } };
  } catch (error) {
    return { error: describeError(error, t) };
  }
}

export interface ChosenSpreadsheet {
  name: string;
  size: number;
  base64: string;
}

/** Reads a chosen CSV or XLSX as it is sent: its bytes as base64 (the server reads either). */
export async function readSpreadsheetFile(file: File, t: Translate): Promise<{ file: ChosenSpreadsheet } | { error: string }> {
  try {
    return { file: { name: file.name, size: file.size, base64: await readBase64(file) } };
  } catch (error) {
    return { error: describeError(error, t) };
  }
}

/** The three steps (choose, check, apply), the current one marked; all done once applied. */
export function ImportSteps({
  current,
  done,
  labels,
  className,
}: {
  current: number;
  done: boolean;
  labels: readonly MessageKey[];
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <ol className={className ? `steps ${className}` : 'steps'} aria-label={t('import.steps')}>
      {labels.map((label, i) => {
        const n = i + 1;
        const state = n < current || (done && n === current) ? 'done' : n === current ? 'current' : 'todo';
        return (
          <li key={label} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {state === 'done' ? '✓' : n}
            </span>
            {t(label)}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * A file field: the native control is kept for keyboard and screen readers; its label is the visible button.
 * The wizard holds `inputRef` to open the dialog again ("choose another file").
 */
export function FileChooser({
  id,
  label,
  accept,
  file,
  busy,
  reading,
  readError,
  inputRef,
  onChoose,
}: {
  id: string;
  label: string;
  accept: string;
  file: { name: string; size: number } | null;
  /** Any request under way: the field waits. */
  busy: boolean;
  reading: boolean;
  readError?: string | null;
  inputRef: Ref<HTMLInputElement>;
  onChoose: (file: File | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="field file-field">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <div className="file-picker">
          <input
            ref={inputRef}
            id={id}
            className="file-input"
            type="file"
            accept={accept}
            disabled={busy}
            onChange={(e) => onChoose(e.target.files?.[0])}
          />
          <label htmlFor={id} className={`button${busy ? ' disabled' : ''}`} aria-hidden="true">
            {file ? t('import.file.another') : t('import.file.pick')}
          </label>
          {file ? (
            <span className="file-line" data-testid="chosen-file">
              {t('import.file.chosen', { name: file.name, size: formatBytes(file.size) })}
            </span>
          ) : (
            !reading && <span className="muted">{t('import.file.none')}</span>
          )}
        </div>
      </div>
      {reading && <Loading label={t('import.file.reading')} />}
      {readError && (
        <p className="notice notice-error" role="alert">
          {readError}
        </p>
      )}
    </>
  );
}

export interface FileProblem {
  /** 0: the whole file. */
  line: number;
  column?: string | null;
  /** Worded by the portal when known (as a UserError's); otherwise the message is shown, already in the reader's language. */
  code?: string;
  message: string;
  values?: readonly { name: string; value: string }[];
  /** The village the row is for, in a region's file. */
  villageCode?: string | null;
}

/** Every problem with its line and column; nothing is applied while there is one. */
export function ProblemsTable({
  problems,
  caption,
  rowClassName,
  villageHeading,
}: {
  problems: readonly FileProblem[];
  caption?: string;
  rowClassName?: string;
  /** Adds the village column of a region's file. */
  villageHeading?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="region-table">
        <caption>{caption ?? t('import.problems.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('import.problems.line')}
            </th>
            {villageHeading && <th scope="col">{villageHeading}</th>}
            <th scope="col">{t('import.problems.column')}</th>
            <th scope="col">{t('import.problems.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className={rowClassName}>
              <th scope="row" className="num">
                {p.line === 0 ? t('import.problems.wholeFile') : formatInteger(p.line)}
              </th>
              {villageHeading && <td className="mono">{p.villageCode ?? t('common.dash')}</td>}
              <td className="mono">{p.column ?? t('common.dash')}</td>
              <td>{p.code ? userErrorText(t, { code: p.code, message: p.message, values: p.values }) : p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Fix the file, then choose it again": reopens the file dialog. */
export function ChooseAnotherFile({ text, onChoose }: { text: string; onChoose: () => void }) {
  const { t } = useI18n();
  return (
    <p>
      {text}{' '}
      <button type="button" className="link-button" onClick={onChoose}>
        {t('import.file.another')}
      </button>
    </p>
  );
}

/** One check per chosen file: a fixed file is chosen again, so the check never runs on stale text. */
export function CheckFileButton({
  flow,
}: {
  flow: { file: unknown; checked: unknown; applied: unknown; busy: string | null; check: () => unknown };
}) {
  const { t } = useI18n();
  const checked = flow.checked !== null;
  return (
    <button
      type="button"
      className={checked ? undefined : 'primary'}
      disabled={!flow.file || checked || flow.busy !== null || flow.applied !== null}
      onClick={() => void flow.check()}
    >
      {t('import.check')}
    </button>
  );
}

/** A refused file: why, every problem, and the way to choose the fixed file. */
export function RefusedFile({
  text,
  problems,
  onChooseAnother,
}: {
  text: string;
  problems: readonly FileProblem[];
  onChooseAnother: () => void;
}) {
  return (
    <>
      <p className="notice notice-error">{text}</p>
      <ProblemsTable problems={problems} />
      <ChooseAnotherFile text="" onChoose={onChooseAnother} />
    </>
  );
}

/** "Showing 300 of 1,234 problems", and where to read the rest: a report lists its first problems; its count is complete. */
export function ProblemsShown({ shown, total, hint }: { shown: number; total: number; hint?: string }) {
  const { t } = useI18n();
  if (total <= shown) return null;
  return (
    <p className="muted small">
      {t('import.problems.shown', { shown: formatInteger(shown), total: formatInteger(total) })}
      {hint && ` ${hint}`}
    </p>
  );
}

/** "20 of 1,234 shown": a report lists its first rows; the counts above it are complete. */
export function ShownOfTotal({ shown, total }: { shown: number; total: number }) {
  const { t } = useI18n();
  if (total <= shown) return null;
  return <p className="muted small">{t('import.changes.more', { shown: formatInteger(shown), total: formatInteger(total) })}</p>;
}
