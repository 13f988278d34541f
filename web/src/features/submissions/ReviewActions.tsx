import { useState, type FormEvent } from 'react';
import { execute } from '../../shared/graphql';
import { useI18n, type Translate } from '../../shared/i18n';
import { describeError, ErrorList, splitUserErrors, userErrorText, type UserErrorEntry } from '../../shared/ui';
import {
  ApproveSubmissionMutation,
  ReopenSubmissionMutation,
  ReturnSubmissionMutation,
} from './operations';
import type { Change, ReviewedSubmission } from './reviewTypes';

/** What the page says after a decision (or a refused one); the page reloads either way. */
export interface Outcome {
  kind: 'ok' | 'error';
  message: string;
  detail?: string;
}

/** Someone else decided first (or the status moved on): the page must show the current state. */
const STALE_CODES = new Set(['ALREADY_REVIEWED', 'CONFLICT', 'NOT_SUBMITTED', 'NOT_APPROVED', 'NOT_FOUND']);

/** Refusals saying someone else decided first, as the page's outcome (it reloads); undefined if there are none. */
export function staleOutcome(t: Translate, errors: readonly UserErrorEntry[]): Outcome | undefined {
  const stale = errors.filter((e) => STALE_CODES.has(e.code));
  return stale.length > 0 ? { kind: 'error', message: t('review.conflict'), detail: stale.map((e) => userErrorText(t, e)).join(' ') } : undefined;
}

/**
 * A payload's UserErrors: stale ones become a page outcome (and a reload), reason errors stay by the field,
 * the rest are shown in the form.
 */
function sortErrors(
  t: Translate,
  errors: readonly UserErrorEntry[],
): { stale?: Outcome; reason?: string | null; general?: string[] } {
  const stale = staleOutcome(t, errors);
  if (stale) return { stale };
  const { byField, general } = splitUserErrors(errors, ['reason'] as const, t);
  return { reason: byField.reason?.join(' ') ?? null, general };
}

/** A required reason textarea with its hint and error, as the return and reopen forms use it. */
function ReasonField({
  id,
  label,
  hint,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label} <span className="required" aria-hidden="true">*</span>
      </label>
      <textarea
        id={id}
        rows={3}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Regency staff on a waiting submission: approve it all, or return it with a reason and per-entry comments. */
export function ApprovePanel({
  submission,
  village,
  changes,
  comments,
  onDone,
}: {
  submission: ReviewedSubmission;
  village: string;
  changes: Change[];
  comments: Record<string, string>;
  onDone: (outcome: Outcome) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const itemComments = changes
    .map((c) => ({ personId: c.person.id, comment: (comments[c.person.id] ?? '').trim() }))
    .filter((c) => c.comment !== '');

  async function approve() {
    setBusy(true);
    setErrors([]);
    try {
      const data = await execute(ApproveSubmissionMutation, { input: { submissionId: submission.id } });
      const result = sortErrors(t, data.approveSubmission.errors);
      if (result.stale) onDone(result.stale);
      else if (data.approveSubmission.errors.length > 0) setErrors([...(result.general ?? []), ...(result.reason ? [result.reason] : [])]);
      else onDone({ kind: 'ok', message: t('review.approved') });
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  async function sendBack(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    if (!reason.trim()) {
      setReasonError(t('subs.return.reason.required'));
      document.getElementById('return-reason')?.focus();
      return;
    }
    setReasonError(null);
    setBusy(true);
    try {
      const data = await execute(ReturnSubmissionMutation, {
        input: { submissionId: submission.id, reason: reason.trim(), comments: itemComments },
      });
      const { errors: userErrors } = data.returnSubmission;
      const result = sortErrors(t, userErrors);
      if (result.stale) onDone(result.stale);
      else if (userErrors.length > 0) {
        setReasonError(result.reason ?? null);
        setErrors(result.general ?? []);
      } else onDone({ kind: 'ok', message: t('review.returned') });
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel decision" aria-labelledby="decision-title" id="decision">
      <h2 id="decision-title">{t('review.decide.title')}</h2>
      <p className="muted">{t('review.decide.help')}</p>
      <ErrorList messages={errors} />
      <div className="button-row">
        <button
          type="button"
          className="primary"
          aria-label={t('subs.approve.aria', { village })}
          aria-expanded={confirming}
          aria-controls="approve-confirm"
          disabled={busy}
          onClick={() => {
            setConfirming(true);
            setReturning(false);
          }}
        >
          {t('subs.approve')}
        </button>
        <button
          type="button"
          aria-label={t('subs.return.aria', { village })}
          aria-expanded={returning}
          aria-controls="return-form"
          disabled={busy}
          onClick={() => {
            setReturning((r) => !r);
            setConfirming(false);
          }}
        >
          {t('subs.return')}
        </button>
      </div>
      {confirming && (
        <div id="approve-confirm" className="confirm approve-confirm" role="group" aria-label={t('subs.approve.aria', { village })}>
          <p>{t('subs.approve.confirm', { n: submission.peopleCount })}</p>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void approve()}>
              {busy ? t('subs.working') : t('subs.approve.yes')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {returning && (
        <form id="return-form" className="return-form" onSubmit={sendBack} noValidate aria-label={t('subs.return.aria', { village })}>
          <ReasonField
            id="return-reason"
            label={t('subs.return.reason')}
            hint={t('subs.return.reason.hint')}
            value={reason}
            error={reasonError}
            onChange={(value) => {
              setReason(value);
              if (value.trim()) setReasonError(null);
            }}
          />
          {itemComments.length > 0 && <p className="small">{t('review.return.comments', { n: itemComments.length })}</p>}
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('subs.working') : t('subs.return.send')}
            </button>
            <button type="button" onClick={() => setReturning(false)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Regency staff on an approved submission: take the approval back, with a reason. */
export function ReopenPanel({ submissionId, onDone }: { submissionId: string; onDone: (outcome: Outcome) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  async function reopen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    if (!reason.trim()) {
      setReasonError(t('review.reopen.reason.required'));
      document.getElementById('reopen-reason')?.focus();
      return;
    }
    setReasonError(null);
    setBusy(true);
    try {
      const data = await execute(ReopenSubmissionMutation, { input: { submissionId, reason: reason.trim() } });
      const { errors: userErrors } = data.reopenSubmission;
      const result = sortErrors(t, userErrors);
      if (result.stale) onDone(result.stale);
      else if (userErrors.length > 0) {
        setReasonError(result.reason ?? null);
        setErrors(result.general ?? []);
      } else onDone({ kind: 'ok', message: t('review.reopened') });
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel decision" aria-labelledby="reopen-title">
      <h2 id="reopen-title">{t('review.reopen.title')}</h2>
      <p className="muted">{t('review.reopen.help')}</p>
      {!open ? (
        <div className="button-row">
          <button type="button" aria-expanded={false} aria-controls="reopen-form" onClick={() => setOpen(true)}>
            {t('review.reopen')}
          </button>
        </div>
      ) : (
        <form id="reopen-form" className="return-form" onSubmit={reopen} noValidate aria-label={t('review.reopen.title')}>
          <ErrorList messages={errors} />
          <ReasonField
            id="reopen-reason"
            label={t('review.reopen.reason')}
            hint={t('review.reopen.help')}
            value={reason}
            error={reasonError}
            onChange={(value) => {
              setReason(value);
              if (value.trim()) setReasonError(null);
            }}
          />
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('subs.working') : t('review.reopen.send')}
            </button>
            <button type="button" onClick={() => setOpen(false)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
