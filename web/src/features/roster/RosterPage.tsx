import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { RosterQuery as RosterData, RosterStatus } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatDate, formatDateTime, formatInteger, formatRupiah, maskNik } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { describeError, EmptyState, ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { AddPersonForm } from './AddPersonForm';
import { RosterQuery, SubmitRosterMutation, WithdrawSubmissionMutation } from './operations';
import { FULL_VILLAGE_CODE, VillagePicker } from './VillagePicker';

export function RosterPage() {
  const me = useMe();
  const params = useParams<{ villageCode?: string }>();
  const villageCode =
    params.villageCode ?? (me.role === 'VillageOperator' || FULL_VILLAGE_CODE.test(me.regionCode) ? me.regionCode : undefined);
  if (!villageCode) return <VillagePicker />;
  return <RosterView key={villageCode} villageCode={villageCode} />;
}

function RosterView({ villageCode }: { villageCode: string }) {
  const { t } = useI18n();
  const me = useMe();
  const editable = can.editRoster(me.role, me.regionCode, villageCode);
  const { data, error, loading, refetch } = useQuery(RosterQuery, { villageCode, withPositions: editable });

  const heading = (name?: string) => (
    <h1>{name ? t('roster.title', { name }) : t('roster.title.plain')}</h1>
  );

  if (loading && !data) return (<>{heading()}<Loading /></>);
  if (error && !data) return (<>{heading()}<ErrorMessage error={error} onRetry={refetch} /></>);
  if (!data?.region) {
    return (
      <>
        {heading()}
        <EmptyState title={t('roster.notFound', { code: villageCode })}>
          {me.role === 'VillageOperator' ? (
            <Link to="/">{t('common.backToDashboard')}</Link>
          ) : (
            <Link to="/roster">{t('roster.pick.other')}</Link>
          )}
        </EmptyState>
      </>
    );
  }

  const people = data.people?.nodes ?? [];
  const total = data.people?.totalCount ?? people.length;
  const lastSubmission = data.submissions?.nodes?.[0] ?? null;
  const waiting = lastSubmission?.status === 'SUBMITTED';

  return (
    <>
      <div className="page-head">
        <div>
          {heading(data.region.name)}
          <p className="muted">
            {t('roster.code', { code: data.region.code })}
            {!editable && me.role !== 'VillageOperator' && (
              <>
                {' · '}
                <Link to="/roster">{t('roster.pick.other')}</Link>
              </>
            )}
          </p>
        </div>
      </div>

      <SubmissionStatusLine submission={lastSubmission} />
      {!editable && <p className="notice">{t('roster.readOnly')}</p>}

      {people.length === 0 ? (
        <EmptyState title={t('roster.empty')}>
          <p>{editable ? t('roster.empty.operator') : t('roster.empty.reader')}</p>
        </EmptyState>
      ) : (
        <PeopleTable people={people} total={total} />
      )}

      {editable && waiting && lastSubmission && (
        <WithdrawPanel submissionId={lastSubmission.id} onWithdrawn={refetch} />
      )}
      {editable && !waiting && (
        <>
          <SubmitRosterPanel villageCode={villageCode} onSubmitted={refetch} />
          <AddPersonForm villageCode={villageCode} positions={data.positions ?? []} onAdded={refetch} />
        </>
      )}
      {loading && <Loading />}
    </>
  );
}

type PersonRow = NonNullable<NonNullable<RosterData['people']>['nodes']>[number];
type LastSubmission = NonNullable<NonNullable<RosterData['submissions']>['nodes']>[number];

function SubmissionStatusLine({ submission }: { submission: LastSubmission | null }) {
  const { t, lang } = useI18n();
  if (!submission) return <p className="muted">{t('roster.lastSubmission.none')}</p>;
  return (
    <div className={`submission-line status-${submission.status.toLowerCase()}`}>
      <p>
        {t('roster.lastSubmission', {
          status: t(`subs.status.${submission.status}`),
          date: formatDateTime(submission.reviewedAt ?? submission.submittedAt, lang),
        })}
      </p>
      {submission.reason && <p>{t('roster.lastSubmission.reason', { reason: submission.reason })}</p>}
    </div>
  );
}

function PeopleTable({ people, total }: { people: PersonRow[]; total: number }) {
  const { t, lang } = useI18n();
  const covered = people.filter((p) => p.covered).length;
  const premium = people.reduce((sum, p) => sum + (p.enrollment?.monthlyPremium.amount ?? 0), 0);
  return (
    <>
      <p className="summary">
        {t('roster.summary', {
          count: formatInteger(total),
          covered: formatInteger(covered),
          premium: formatRupiah(premium),
        })}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{t('roster.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.col.name')}</th>
              <th scope="col">{t('roster.col.nik')}</th>
              <th scope="col">{t('roster.col.position')}</th>
              <th scope="col">{t('roster.col.termStart')}</th>
              <th scope="col">{t('roster.col.status')}</th>
              <th scope="col">{t('roster.col.covered')}</th>
              <th scope="col" className="num">{t('roster.col.premium')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.fullName}</th>
                <td className="mono">{maskNik(p.nik)}</td>
                <td>{p.position.name}</td>
                <td>{formatDate(p.termStart, lang)}</td>
                <td>
                  <RosterStatusBadge status={p.status} />
                </td>
                <td>
                  <span className={p.covered ? 'yes' : 'no'}>{p.covered ? t('common.yes') : t('common.no')}</span>
                </td>
                <td className="num">{p.enrollment ? formatRupiah(p.enrollment.monthlyPremium.amount) : t('common.dash')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > people.length && <p className="muted small">{t('roster.more', { shown: people.length, total })}</p>}
    </>
  );
}

export function RosterStatusBadge({ status }: { status: RosterStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`roster.status.${status}`)}</span>;
}

function SubmitRosterPanel({
  villageCode,
  onSubmitted,
}: {
  villageCode: string;
  onSubmitted: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function submit() {
    setBusy(true);
    setErrors([]);
    try {
      const data = await execute(SubmitRosterMutation, { input: { villageCode } });
      const { submission, errors: userErrors } = data.submitRoster;
      if (userErrors.length > 0) {
        setErrors(userErrors.map((e) => e.message));
      } else if (submission) {
        // The refetched roster shows the submission as waiting and locks the roster.
        onSubmitted();
      }
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel submit-panel" aria-label={t('roster.submit')}>
      <p className="muted">{t('roster.submit.help')}</p>
      {errors.length > 0 && (
        <div className="notice notice-error" role="alert">
          <ul>
            {errors.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="primary" onClick={() => void submit()} disabled={busy}>
        {busy ? t('roster.submitting') : t('roster.submit')}
      </button>
    </section>
  );
}

/** While the regency decides, the roster is locked; the village can still take the submission back. */
function WithdrawPanel({ submissionId, onWithdrawn }: { submissionId: string; onWithdrawn: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function withdraw() {
    setBusy(true);
    setErrors([]);
    try {
      const data = await execute(WithdrawSubmissionMutation, { input: { submissionId } });
      const userErrors = data.withdrawSubmission.errors;
      if (userErrors.length > 0) setErrors(userErrors.map((e) => e.message));
      else onWithdrawn();
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel submit-panel" aria-label={t('roster.withdraw')}>
      <p className="notice">{t('roster.waiting')}</p>
      <p className="muted">{t('roster.withdraw.help')}</p>
      {errors.length > 0 && (
        <div className="notice notice-error" role="alert">
          <ul>
            {errors.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" onClick={() => void withdraw()} disabled={busy}>
        {busy ? t('roster.withdrawing') : t('roster.withdraw')}
      </button>
    </section>
  );
}
