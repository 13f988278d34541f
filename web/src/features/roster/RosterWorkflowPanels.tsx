import { useState } from 'react';
import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { describeError, ErrorList, userErrorText } from '../../shared/ui';
import { notifyWorkflowChanged } from '../../shared/workflowEvents';
import { SubmitRosterMutation } from './operations';

export function SubmitRosterPanel({
  villageCode,
  draftCount,
  onSubmitted,
}: {
  villageCode: string;
  draftCount: number;
  onSubmitted: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function submit() {
    setBusy(true);
    setErrors([]);
    try {
      const data = await execute(SubmitRosterMutation, { input: { villageCode } });
      const { submission, errors: userErrors } = data.submitRoster;
      if (userErrors.length > 0) {
        setErrors(userErrors.map((e) => userErrorText(t, e)));
      } else if (submission) {
        // The refetched roster shows the submission as waiting and locks the roster.
        notifyWorkflowChanged();
        onSubmitted();
      }
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  if (draftCount === 0) {
    return (
      <section className="panel submit-panel" aria-label={t('roster.submit')}>
        <p className="muted">{t('roster.submit.nothing')}</p>
      </section>
    );
  }

  return (
    <section className="panel submit-panel" aria-label={t('roster.submit')}>
      <p className="muted">{t('roster.submit.help')}</p>
      <ErrorList messages={errors} />
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('roster.submit')}>
          <p>{t('roster.submit.confirm', { n: draftCount })}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void submit()} disabled={busy}>
              {busy ? t('roster.submitting') : t('roster.submit.yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="primary" onClick={() => setConfirming(true)}>
          {t('roster.submit')}
        </button>
      )}
    </section>
  );
}
