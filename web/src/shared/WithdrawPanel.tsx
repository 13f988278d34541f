import { useState, type ReactNode } from 'react';
import { execute } from './graphql';
import { useI18n } from './i18n';
import { describeError, ErrorList, userErrorText, type UserErrorEntry } from './ui';
import { WithdrawSubmissionMutation } from './workflowOperations';

/**
 * The village operator takes a waiting submission back into the draft (roster page, review page). `onRefused` may
 * take over refusals it knows (the review page turns "already decided" into a reload); the rest are shown here.
 */
export function WithdrawPanel({
  submissionId,
  lead,
  onWithdrawn,
  onRefused,
}: {
  submissionId: string;
  lead?: ReactNode;
  onWithdrawn: () => void;
  onRefused?: (errors: readonly UserErrorEntry[]) => boolean;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function withdraw() {
    setBusy(true);
    setErrors([]);
    try {
      const { errors: refusals } = (await execute(WithdrawSubmissionMutation, { input: { submissionId } })).withdrawSubmission;
      if (refusals.length === 0) onWithdrawn();
      else if (!onRefused?.(refusals)) setErrors(refusals.map((e) => userErrorText(t, e)));
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel submit-panel" aria-label={t('roster.withdraw')}>
      {lead}
      <p className="muted">{t('roster.withdraw.help')}</p>
      <ErrorList messages={errors} />
      <button type="button" onClick={() => void withdraw()} disabled={busy}>
        {busy ? t('roster.withdrawing') : t('roster.withdraw')}
      </button>
    </section>
  );
}
