import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n, type MessageKey } from '../../shared/i18n';
import {
  FileChooser,
  ImportSteps,
  readSpreadsheetFile,
  SPREADSHEET_ACCEPT,
  type ChosenSpreadsheet,
} from '../../shared/importWizard';
import { ErrorList, Loading, type UserErrorEntry } from '../../shared/ui';
import { useImportFlow, type ImportFlow, type ImportOutcome } from '../../shared/useImportFlow';
import { ConfirmLosses } from './ImportLosses';
import { TemplateLinks } from './RosterPage';

/** A roster file's report, of one village or of a region's many: what it adds, changes and ends, and what it takes away. */
export interface RosterOutcome extends ImportOutcome {
  added: number;
  changed: number;
  ended: number;
  warningCount: number;
}

export type RosterImportFlow<R extends RosterOutcome> = ImportFlow<ChosenSpreadsheet, R> & {
  lossesConfirmed: boolean;
  setLossesConfirmed: (confirmed: boolean) => void;
};

/** The part of a roster import's input that is the same for a village and a region. */
export interface RosterFileInput {
  fileName: string;
  fileBase64: string;
  dryRun: boolean;
  confirmLosses: boolean;
}

export function changeCount(report: RosterOutcome): number {
  return report.added + report.changed + report.ended;
}

/**
 * Reading the file runs the dry run at once: there is nothing to decide in between. A file that takes something
 * away from people on the roster is applied only once those losses are confirmed, for that file.
 */
export function useRosterImport<R extends RosterOutcome>(
  send: (input: RosterFileInput) => Promise<{ report?: R | null; errors: readonly UserErrorEntry[] }>,
): RosterImportFlow<R> {
  const [lossesConfirmed, setLossesConfirmed] = useState(false);
  const flow = useImportFlow({
    read: readSpreadsheetFile,
    send: (file, dryRun) =>
      send({ fileName: file.name, fileBase64: file.base64, dryRun, confirmLosses: !dryRun && lossesConfirmed }),
    checkOnChoose: true,
  });
  return {
    ...flow,
    chooser: {
      ...flow.chooser,
      onChoose: (picked) => {
        setLossesConfirmed(false);
        flow.chooser.onChoose(picked);
      },
    },
    lossesConfirmed,
    setLossesConfirmed,
  };
}

const STEP_LABELS: MessageKey[] = ['import.step1.short', 'rosterImport.step2.short', 'import.step3.short'];

/** The three panels of a roster import: the file, the dry run's report, applying it. Element ids derive from `id`. */
export function RosterImportWizard<R extends RosterOutcome>({
  id,
  flow,
  villageCode,
  texts,
  beforeFile,
  report,
  readyText,
  applied,
}: {
  id: string;
  flow: RosterImportFlow<R>;
  /** The templates' village ('' for a region's file). */
  villageCode: string;
  texts: { step1Help: string; step2Help?: string };
  beforeFile?: ReactNode;
  report: (checked: R) => ReactNode;
  /** A clean check with changes: what applying it does. */
  readyText: (checked: R, losses: number) => string;
  applied: (applied: R) => { text: string; to: string; label: string };
}) {
  const { t } = useI18n();
  const { checked, busy } = flow;
  const losses = checked && !checked.refused ? checked.warningCount : 0;
  const canApply =
    !!checked &&
    !checked.refused &&
    changeCount(checked) > 0 &&
    (losses === 0 || flow.lossesConfirmed) &&
    !flow.applied &&
    busy === null;
  const done = flow.applied && applied(flow.applied);

  return (
    <>
      <ImportSteps current={flow.step} done={flow.applied !== null} labels={STEP_LABELS} />

      <section className="panel wizard-step" aria-labelledby={`${id}-1`}>
        <h2 id={`${id}-1`}>{t('rosterImport.step1')}</h2>
        <p className="muted small">{texts.step1Help}</p>
        <div className="button-row">
          <TemplateLinks villageCode={villageCode} />
        </div>
        {beforeFile}
        <FileChooser id={`${id}-file`} label={t('rosterImport.file')} accept={SPREADSHEET_ACCEPT} {...flow.chooser} />
      </section>

      <section className="panel wizard-step" aria-labelledby={`${id}-2`}>
        <h2 id={`${id}-2`}>{t('rosterImport.step2')}</h2>
        {texts.step2Help && <p className="muted small">{texts.step2Help}</p>}
        {busy === 'checking' && <Loading label={t('rosterImport.checking')} />}
        {!flow.applied && <ErrorList messages={flow.errors?.messages ?? []} />}
        {checked && busy !== 'checking' && report(checked)}
      </section>

      <section className="panel wizard-step" aria-labelledby={`${id}-3`}>
        <h2 id={`${id}-3`}>{t('rosterImport.step3')}</h2>
        {done ? (
          <>
            <p className="notice notice-ok" role="status">
              {done.text}
            </p>
            <div className="button-row">
              <Link className="button button-primary" to={done.to}>
                {done.label}
              </Link>
            </div>
          </>
        ) : (
          <>
            <p className="muted small">
              {!checked
                ? t('rosterImport.step3.needCheck')
                : checked.refused
                  ? t('rosterImport.step3.refused')
                  : changeCount(checked) === 0
                    ? t('rosterImport.step3.nothing')
                    : readyText(checked, losses)}
            </p>
            {losses > 0 && (
              <ConfirmLosses
                count={losses}
                checked={flow.lossesConfirmed}
                disabled={busy !== null}
                onChange={flow.setLossesConfirmed}
              />
            )}
            <button type="button" className="primary" disabled={!canApply} onClick={() => void flow.apply()}>
              {t('rosterImport.apply')}
            </button>
            {busy === 'applying' && <Loading label={t('rosterImport.applying')} />}
          </>
        )}
      </section>
    </>
  );
}
