import { Fragment, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { SubmissionsQuery as SubmissionsData, SubmissionStatus } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatDateTime, formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { describeError, EmptyState, ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { ApproveSubmissionMutation, ReturnSubmissionMutation, SubmissionsQuery } from './operations';

type Submission = NonNullable<NonNullable<SubmissionsData['submissions']>['nodes']>[number];

export function SubmissionsPage() {
  const { t } = useI18n();
  const me = useMe();
  const reviewer = can.reviewSubmissions(me.role);
  const { data, error, loading, refetch } = useQuery(SubmissionsQuery, {});
  const [notice, setNotice] = useState<string | null>(null);

  const title = <h1>{reviewer ? t('subs.title.inbox') : t('subs.title.list')}</h1>;
  const intro = <p className="muted">{reviewer ? t('subs.intro.inbox') : t('subs.intro.list')}</p>;

  if (loading && !data) return (<>{title}{intro}<Loading /></>);
  if (error && !data) return (<>{title}{intro}<ErrorMessage error={error} onRetry={refetch} /></>);

  const submissions = data?.submissions?.nodes ?? [];
  const total = data?.submissions?.totalCount ?? submissions.length;
  const pending = submissions.filter((s) => s.status === 'SUBMITTED').length;

  return (
    <>
      {title}
      {intro}
      {notice && (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      {submissions.length === 0 ? (
        <EmptyState
          title={
            reviewer
              ? t('subs.empty.inbox')
              : me.role === 'VillageOperator'
                ? t('subs.empty.operator')
                : t('subs.empty.list')
          }
        >
          {me.role === 'VillageOperator' ? (
            <p>
              <Link to="/roster">{t('subs.empty.operator.next')}</Link>
            </p>
          ) : (
            <p>
              <Link to="/">{t('common.backToDashboard')}</Link>
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          {reviewer && <p className="summary">{t('subs.pending', { n: formatInteger(pending) })}</p>}
          <SubmissionsTable
            submissions={submissions}
            reviewer={reviewer}
            onReviewed={(message) => {
              setNotice(message);
              refetch();
            }}
          />
          {total > submissions.length && (
            <p className="muted small">{t('subs.more', { shown: submissions.length, total })}</p>
          )}
        </>
      )}
    </>
  );
}

function SubmissionsTable({
  submissions,
  reviewer,
  onReviewed,
}: {
  submissions: Submission[];
  reviewer: boolean;
  onReviewed: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  const [returning, setReturning] = useState<string | null>(null);
  const columns = reviewer ? 7 : 6;

  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{t('subs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('subs.col.village')}</th>
            <th scope="col">{t('subs.col.submittedAt')}</th>
            <th scope="col">{t('subs.col.submittedBy')}</th>
            <th scope="col" className="num">{t('subs.col.people')}</th>
            <th scope="col">{t('subs.col.status')}</th>
            <th scope="col">{t('subs.col.reason')}</th>
            {reviewer && <th scope="col">{t('subs.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {submissions.map((s) => {
            const village = s.village?.name ?? s.villageCode;
            return (
              <Fragment key={s.id}>
                <tr>
                  <th scope="row">
                    <Link to={`/roster/${s.villageCode}`} title={t('subs.viewRoster')}>
                      {village}
                    </Link>
                    <span className="code">{s.villageCode}</span>
                  </th>
                  <td>{formatDateTime(s.submittedAt, lang)}</td>
                  <td>{s.submittedBy}</td>
                  <td className="num">{formatInteger(s.peopleCount)}</td>
                  <td>
                    <SubmissionStatusBadge status={s.status} />
                    {s.reviewedBy && (
                      <span className="small muted block">
                        {t('subs.reviewed', { by: s.reviewedBy, date: formatDateTime(s.reviewedAt, lang) })}
                      </span>
                    )}
                  </td>
                  <td>{s.reason ?? t('common.dash')}</td>
                  {reviewer && (
                    <td className="actions">
                      {s.status === 'SUBMITTED' && (
                        <ReviewButtons
                          submission={s}
                          village={village}
                          returning={returning === s.id}
                          onReturn={() => setReturning(s.id)}
                          onApproved={() => onReviewed(t('subs.approved', { village }))}
                        />
                      )}
                    </td>
                  )}
                </tr>
                {reviewer && returning === s.id && (
                  <tr className="inline-row">
                    <td colSpan={columns}>
                      <ReturnForm
                        submissionId={s.id}
                        village={village}
                        onCancel={() => setReturning(null)}
                        onReturned={() => {
                          setReturning(null);
                          onReviewed(t('subs.returned', { village }));
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`subs.status.${status}`)}</span>;
}

function ReviewButtons({
  submission,
  village,
  returning,
  onReturn,
  onApproved,
}: {
  submission: Submission;
  village: string;
  returning: boolean;
  onReturn: () => void;
  onApproved: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function approve() {
    setBusy(true);
    setErrors([]);
    try {
      const data = await execute(ApproveSubmissionMutation, { input: { submissionId: submission.id } });
      if (data.approveSubmission.errors.length > 0) {
        setErrors(data.approveSubmission.errors.map((e) => e.message));
      } else {
        onApproved();
      }
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          aria-label={t('subs.approve.aria', { village })}
          disabled={busy}
          onClick={() => void approve()}
        >
          {busy ? t('subs.working') : t('subs.approve')}
        </button>
        <button
          type="button"
          aria-label={t('subs.return.aria', { village })}
          aria-expanded={returning}
          disabled={busy}
          onClick={onReturn}
        >
          {t('subs.return')}
        </button>
      </div>
      {errors.length > 0 && (
        <div className="field-error" role="alert">
          {errors.join(' ')}
        </div>
      )}
    </>
  );
}

function ReturnForm({
  submissionId,
  village,
  onCancel,
  onReturned,
}: {
  submissionId: string;
  village: string;
  onCancel: () => void;
  onReturned: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const fieldId = `return-reason-${submissionId}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    if (!reason.trim()) {
      setReasonError(t('subs.return.reason.required'));
      return;
    }
    setReasonError(null);
    setBusy(true);
    try {
      const data = await execute(ReturnSubmissionMutation, { input: { submissionId, reason: reason.trim() } });
      const { errors } = data.returnSubmission;
      if (errors.length > 0) {
        const onReason = errors.filter((e) => e.field?.replace(/^input\./i, '').toLowerCase() === 'reason');
        const general = errors.filter((e) => !onReason.includes(e));
        setReasonError(onReason.length ? onReason.map((e) => e.message).join(' ') : null);
        setFormErrors(general.map((e) => e.message));
      } else {
        onReturned();
      }
    } catch (error) {
      setFormErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="return-form" onSubmit={handleSubmit} noValidate aria-label={t('subs.return.aria', { village })}>
      {formErrors.length > 0 && (
        <div className="notice notice-error" role="alert">
          {formErrors.join(' ')}
        </div>
      )}
      <div className={`field${reasonError ? ' has-error' : ''}`}>
        <label htmlFor={fieldId}>{t('subs.return.reason')}</label>
        <textarea
          id={fieldId}
          rows={2}
          required
          autoFocus
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={`${fieldId}-hint${reasonError ? ` ${fieldId}-error` : ''}`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <p id={`${fieldId}-hint`} className="hint">
          {t('subs.return.reason.hint')}
        </p>
        {reasonError && (
          <p id={`${fieldId}-error`} className="field-error">
            {reasonError}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('subs.working') : t('subs.return.send')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
