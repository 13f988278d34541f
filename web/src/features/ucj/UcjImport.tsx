import type { ImportUcjInputsMutation as ImportData } from '../../gql/graphql';
import { formatInteger } from '../../shared/format';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { ImportPanel } from '../../shared/ImportPanel';
import { readSpreadsheetFile, RefusedFile } from '../../shared/importWizard';
import { useImportFlow } from '../../shared/useImportFlow';
import { ImportUcjInputsMutation } from './operations';

type Report = NonNullable<ImportData['importUcjInputs']['report']>;

const STEP_LABELS: MessageKey[] = ['import.step1.short', 'import.step2.short', 'ucj.step3.short'];

/** Upload → dry run report (what would be added or changed, every problem by line and column) → save, all or nothing. */
export function UcjImport({ templateUrl, onApplied }: { templateUrl: string; onApplied: () => void }) {
  const { t } = useI18n();
  const flow = useImportFlow({
    read: readSpreadsheetFile,
    send: async (file, dryRun) =>
      (await execute(ImportUcjInputsMutation, { input: { fileName: file.name, fileBase64: file.base64, dryRun } })).importUcjInputs,
    onApplied,
  });

  return (
    <ImportPanel<Report>
      id="ucj-import"
      flow={flow}
      messages="ucj.import"
      templateUrl={templateUrl}
      stepLabels={STEP_LABELS}
      report={(checked) => <CheckReport report={checked} onApply={flow.apply} busy={flow.busy !== null} onChooseAnother={flow.chooseAnother} />}
      appliedText={(applied) => t('ucj.import.applied', { added: formatInteger(applied.added), changed: formatInteger(applied.changed) })}
    />
  );
}

function CheckReport({
  report,
  busy,
  onApply,
  onChooseAnother,
}: {
  report: Report;
  busy: boolean;
  onApply: () => void;
  onChooseAnother: () => void;
}) {
  const { t } = useI18n();
  const changes = report.added + report.changed;
  return (
    <>
      <p>
        {t('ucj.import.summary', {
          added: formatInteger(report.added),
          changed: formatInteger(report.changed),
          unchanged: formatInteger(report.unchanged),
        })}
      </p>
      {report.refused ? (
        <RefusedFile text={t('ucj.import.refused')} problems={report.problems} onChooseAnother={onChooseAnother} />
      ) : changes === 0 ? (
        <p className="notice">{t('ucj.import.nothing')}</p>
      ) : (
        <>
          <ul className="small">
            {report.rows
              .filter((r) => r.kind !== 'UNCHANGED')
              .map((r) => (
                <li key={r.line}>
                  {r.regionCode} · {r.period} · {t(`ucj.import.kind.${r.kind}` as MessageKey)}
                </li>
              ))}
          </ul>
          <button type="button" className="primary" disabled={busy} onClick={onApply}>
            {t('ucj.import.apply', { n: changes })}
          </button>
        </>
      )}
    </>
  );
}
