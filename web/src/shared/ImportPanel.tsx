import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from './i18n';
import { FileChooser, ImportSteps, SPREADSHEET_ACCEPT, type ChosenSpreadsheet } from './importWizard';
import { ErrorList } from './ui';
import type { ImportFlow, ImportOutcome } from './useImportFlow';

type PanelText = 'help' | 'template' | 'file' | 'check';

/** A prefix under which a feature words every text of its panel: `<prefix>.title`, `.help`, `.template`, `.file`, `.check`. */
type PanelMessages = {
  [K in MessageKey]: K extends `${infer P}.title` ? (`${P}.${PanelText}` extends MessageKey ? P : never) : never;
}[MessageKey];

/**
 * An import in one panel (BPJS list, UCJ figures, payments): the template, the file (with any field the check needs
 * besides it), the check, then the page's own report with its apply button, and what was kept. Element ids and the
 * report's test id derive from `id`.
 */
export function ImportPanel<R extends ImportOutcome>({
  id,
  flow,
  messages,
  templateUrl,
  stepLabels,
  canCheck = true,
  children,
  report,
  appliedText,
}: {
  id: string;
  flow: ImportFlow<ChosenSpreadsheet, R>;
  messages: PanelMessages;
  templateUrl: string;
  stepLabels: readonly MessageKey[];
  canCheck?: boolean;
  /** Fields the check needs besides the file. */
  children?: ReactNode;
  report: (checked: R) => ReactNode;
  appliedText: (applied: R) => string;
}) {
  const { t } = useI18n();
  const text = (name: PanelText | 'title') => t(`${messages}.${name}`);
  const { checked, applied } = flow;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text('title')}</h2>
      <ImportSteps current={flow.step} done={applied !== null} labels={stepLabels} />
      <p className="muted small">{text('help')}</p>
      <p>
        <a className="button" href={templateUrl}>
          {text('template')}
        </a>
      </p>
      {children}
      <FileChooser id={`${id}-file`} label={text('file')} accept={SPREADSHEET_ACCEPT} {...flow.chooser} />
      {flow.file && !checked && !applied && (
        <button type="button" className="primary" disabled={flow.busy !== null || !canCheck} onClick={() => void flow.check()}>
          {text('check')}
        </button>
      )}
      <ErrorList messages={flow.errors?.messages ?? []} />
      {checked && !applied && <div data-testid={`${id}-report`}>{report(checked)}</div>}
      {applied && (
        <p className="notice notice-ok" role="status">
          {appliedText(applied)}
        </p>
      )}
    </section>
  );
}
