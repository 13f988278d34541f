import { useRef, useState } from 'react';
import { useI18n, type Translate } from './i18n';
import { describeError, userErrorText, type UserErrorEntry } from './ui';

/** What every import's report says of itself: kept, or refused for its problems. */
export interface ImportOutcome {
  applied: boolean;
  refused: boolean;
}

type ImportRequest = 'check' | 'apply';

interface ChosenFile {
  name: string;
  size: number;
}

interface ImportFlowOptions<F extends ChosenFile, R extends ImportOutcome> {
  read: (file: File, t: Translate) => Promise<{ file: F } | { error: string }>;
  send: (file: F, dryRun: boolean) => Promise<{ report?: R | null; errors: readonly UserErrorEntry[] }>;
  /** Check as soon as the file is read, where there is nothing to decide in between. */
  checkOnChoose?: boolean;
  onApplied?: (report: R) => void;
}

/**
 * The state every import goes through: a file is chosen and read, checked (a dry run: its report or its problems),
 * then applied all or nothing. A newly chosen file drops the reports of the one before.
 */
export function useImportFlow<F extends ChosenFile, R extends ImportOutcome>({ read, send, checkOnChoose, onApplied }: ImportFlowOptions<F, R>) {
  const { t } = useI18n();
  const [file, setFile] = useState<F | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [checked, setChecked] = useState<R | null>(null);
  const [applied, setApplied] = useState<R | null>(null);
  /** Errors of the last request, for the step that sent it. */
  const [errors, setErrors] = useState<{ request: ImportRequest; messages: string[] } | null>(null);
  const [busy, setBusy] = useState<'reading' | 'checking' | 'applying' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  function reset() {
    setFile(null);
    setReadError(null);
    setChecked(null);
    setApplied(null);
    setErrors(null);
  }

  async function request(chosen: F, dryRun: boolean) {
    const kind = dryRun ? 'check' : 'apply';
    setBusy(dryRun ? 'checking' : 'applying');
    setErrors(null);
    try {
      const { report, errors: userErrors } = await send(chosen, dryRun);
      if (userErrors.length > 0) setErrors({ request: kind, messages: userErrors.map((e) => userErrorText(t, e)) });
      if (!report) return;
      if (report.applied) {
        setApplied(report);
        onApplied?.(report);
      }
      // A dry run, or refused on apply (something changed since the dry run): shown as a fresh check.
      else setChecked(report);
    } catch (error) {
      setErrors({ request: kind, messages: [describeError(error, t)] });
    } finally {
      setBusy(null);
    }
  }

  async function choose(picked: File | undefined) {
    reset();
    if (!picked) return;
    setBusy('reading');
    const result = await read(picked, t);
    if ('error' in result) {
      setReadError(result.error);
      setBusy(null);
    } else {
      setFile(result.file);
      if (checkOnChoose) await request(result.file, true);
      else setBusy(null);
    }
  }

  /** Opens the file dialog again; emptied first so that choosing the same (fixed) file still counts as a change. */
  function chooseAnother() {
    if (!inputRef.current) return;
    inputRef.current.value = '';
    inputRef.current.click();
  }

  return {
    file,
    checked,
    applied,
    errors,
    busy,
    /** The three steps: choose, check, apply; a refused check stays on the second. */
    step: applied ? 3 : checked ? (checked.refused ? 2 : 3) : file ? 2 : 1,
    check: () => file && request(file, true),
    apply: () => file && request(file, false),
    chooseAnother,
    startOver: () => {
      reset();
      chooseAnother();
    },
    /** What a FileChooser needs. */
    chooser: {
      file,
      busy: busy !== null,
      reading: busy === 'reading',
      readError,
      inputRef,
      onChoose: (picked: File | undefined) => void choose(picked),
    },
  };
}

export type ImportFlow<F extends ChosenFile, R extends ImportOutcome> = ReturnType<typeof useImportFlow<F, R>>;
