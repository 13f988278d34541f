import type { ImportPaymentsMutation as ImportData } from '../../gql/graphql';
import { formatInteger } from '../../shared/format';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { ImportPanel } from '../../shared/ImportPanel';
import { readSpreadsheetFile, RefusedFile } from '../../shared/importWizard';
import { useImportFlow } from '../../shared/useImportFlow';
import { ImportPaymentsMutation } from './operations';

type Report = NonNullable<ImportData['importPayments']['report']>;

const STEP_LABELS: MessageKey[] = ['import.step1.short', 'import.step2.short', 'import.step3.short'];

function counts(report: Report) {
  return { added: formatInteger(report.added), changed: formatInteger(report.changed), unchanged: formatInteger(report.unchanged) };
}

/** A BPJS invoice or payment sheet of one village: checked first, saved all or nothing. */
export function ImportPayments({ village, onApplied }: { village: string; onApplied: () => void }) {
  const { t } = useI18n();
  const flow = useImportFlow({
    read: readSpreadsheetFile,
    send: async (file, dryRun) =>
      (
        await execute(ImportPaymentsMutation, {
          input: { villageCode: village, fileName: file.name, fileBase64: file.base64, dryRun },
        })
      ).importPayments,
    onApplied,
  });

  return (
    <ImportPanel<Report>
      id="payments-import"
      flow={flow}
      messages="payments.import"
      templateUrl="/api/payments/template?format=xlsx"
      stepLabels={STEP_LABELS}
      report={(checked) => (
        <>
          <p>{t('payments.import.summary', counts(checked))}</p>
          {checked.refused ? (
            <RefusedFile text={t('payments.import.refused')} problems={checked.problems} onChooseAnother={flow.chooseAnother} />
          ) : (
            <button type="button" className="primary" disabled={flow.busy !== null} onClick={() => void flow.apply()}>
              {t('payments.import.apply')}
            </button>
          )}
        </>
      )}
      appliedText={(applied) => t('payments.import.applied', counts(applied))}
    />
  );
}
