import { useState } from 'react';
import type { UploadBpjsListMutation as UploadData } from '../../gql/graphql';
import { bpjsTemplateUrl } from '../../shared/downloads';
import { formatInteger, todayIso } from '../../shared/format';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { ImportPanel } from '../../shared/ImportPanel';
import { readSpreadsheetFile, RefusedFile } from '../../shared/importWizard';
import { useImportFlow } from '../../shared/useImportFlow';
import { GroupFigures } from './GroupFigures';
import { UploadBpjsListMutation } from './operations';

type Report = NonNullable<UploadData['uploadBpjsParticipantList']['report']>;

const STEP_LABELS: MessageKey[] = ['import.step1.short', 'import.step2.short', 'bpjs.upload.step3'];

/** The branch's list: choose a file and its date → dry run (the groups it would give, or every problem) → keep, all or nothing. */
export function BpjsUpload({ regionCode, onApplied }: { regionCode: string; onApplied: () => void }) {
  const { t } = useI18n();
  const [asOf, setAsOf] = useState('');
  const flow = useImportFlow({
    read: readSpreadsheetFile,
    send: async (file, dryRun) =>
      (
        await execute(UploadBpjsListMutation, {
          input: { regionCode, asOf, fileName: file.name, fileBase64: file.base64, dryRun },
        })
      ).uploadBpjsParticipantList,
    onApplied,
  });

  return (
    <ImportPanel<Report>
      id="bpjs-upload"
      flow={flow}
      messages="bpjs.upload"
      templateUrl={bpjsTemplateUrl('xlsx')}
      stepLabels={STEP_LABELS}
      canCheck={asOf !== ''}
      report={(checked) =>
        checked.refused ? (
          <RefusedFile text={t('bpjs.upload.refused')} problems={checked.problems} onChooseAnother={flow.chooseAnother} />
        ) : (
          <>
            <p>{t('bpjs.upload.would', { n: formatInteger(checked.participants) })}</p>
            <GroupFigures groups={checked.groups} />
            <button type="button" className="primary" disabled={flow.busy !== null} onClick={() => void flow.apply()}>
              {t('bpjs.upload.apply')}
            </button>
          </>
        )
      }
      appliedText={(applied) => t('bpjs.upload.applied', { n: formatInteger(applied.participants) })}
    >
      <label htmlFor="bpjs-as-of">{t('bpjs.upload.asOf')}</label>
      <input id="bpjs-as-of" type="date" value={asOf} max={todayIso()} onChange={(e) => setAsOf(e.target.value)} />
    </ImportPanel>
  );
}
