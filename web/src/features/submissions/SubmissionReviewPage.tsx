import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { execute } from '../../shared/graphql';
import { formatDateTime, formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { EmptyState, ErrorMessage, ListFoot, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { notifyWorkflowChanged } from '../../shared/workflowEvents';
import { ChangesTable } from './ChangesTable';
import { SubmissionChangesPageQuery, SubmissionReviewQuery } from './operations';
import { ApprovePanel, ReopenPanel, staleOutcome, type Outcome } from './ReviewActions';
import { WithdrawPanel } from '../../shared/WithdrawPanel';
import { SubmissionStatusBadge, waitingText } from './SubmissionsPage';
import { SubmissionTimeline, VillageTimeline } from './SubmissionTimeline';
import type { Change, Position } from './reviewTypes';
import './submissions.css';

/**
 * Changes per request: 100 with their fields, warnings and NIK conflicts cost about 23,700 of the server's query
 * complexity limit (50,000) and suit a slow connection.
 */
export const CHANGES_PAGE = 100;

/**
 * One submission: what it changes against the official roster (field by field), each entry's warnings and NIK
 * conflicts, its steps; and the decision that fits the reader and the status (approve / return with comments,
 * reopen an approval, withdraw one's own).
 */
export function SubmissionReviewPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const me = useMe();
  const reviewer = can.reviewSubmissions(me.role);
  const { data, error, loading, refetch } = useQuery(SubmissionReviewQuery, { id, first: CHANGES_PAGE, offset: 0 });
  const [more, setMore] = useState<Change[]>([]);
  const [moreError, setMoreError] = useState<unknown>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [generation, setGeneration] = useState(0);

  // A fresh answer replaces the pages loaded after the first one.
  useEffect(() => {
    setMore([]);
    setMoreError(undefined);
  }, [data]);

  const reload = useCallback(() => {
    refetch();
    setGeneration((g) => g + 1);
  }, [refetch]);

  const back = (
    <p className="back-link">
      <Link to="/submissions">{reviewer ? t('review.back.inbox') : t('review.back.list')}</Link>
    </p>
  );

  if (loading && !data) return (<>{back}<Loading /></>);
  if (error && !data) return (<>{back}<ErrorMessage error={error} onRetry={refetch} /></>);
  const submission = data?.submission;
  if (!submission) {
    return (
      <>
        {back}
        <EmptyState title={t('review.notFound')}>
          <p>
            <Link to="/submissions">{t(reviewer ? 'subs.title.inbox' : me.role === 'VillageOperator' ? 'subs.title.own' : 'subs.title.list')}</Link>
          </p>
        </EmptyState>
      </>
    );
  }

  const positions = data?.positions ?? [];
  const positionName = (code: string) => positions.find((p: Position) => p.code === code)?.name ?? code;
  const village = submission.village?.name ?? submission.villageCode;
  const changes = [...submission.changes, ...more];
  const deciding = reviewer && submission.status === 'SUBMITTED';
  const ownVillage = can.editRoster(me.role, me.regionCode, submission.villageCode);

  async function loadMore() {
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await execute(SubmissionChangesPageQuery, { id, first: CHANGES_PAGE, offset: changes.length });
      setMore((before) => [...before, ...(page.submission?.changes ?? [])]);
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  }

  function done(result: Outcome) {
    setOutcome(result);
    setComments({});
    reload();
    notifyWorkflowChanged();
  }

  const backInDraft = submission.status === 'RETURNED' || submission.status === 'WITHDRAWN' || submission.status === 'REOPENED';

  return (
    <>
      {back}
      <div className="page-head">
        <h1>{deciding ? t('review.title', { village }) : t('review.title.view', { village })}</h1>
        <SubmissionStatusBadge status={submission.status} />
      </div>
      {outcome && (
        <div className={`notice ${outcome.kind === 'ok' ? 'notice-ok' : 'notice-error'}`} role={outcome.kind === 'ok' ? 'status' : 'alert'}>
          <p>{outcome.message}</p>
          {outcome.detail && <p className="small">{outcome.detail}</p>}
        </div>
      )}
      {loading && <Loading />}

      <section aria-label={t('review.summary')}>
        <dl className="review-facts">
          <dt>{t('subs.col.village')}</dt>
          <dd>
            {village} <span className="code">{submission.villageCode}</span>{' '}
            <Link to={`/roster/${submission.villageCode}`}>{t('review.roster')}</Link>
          </dd>
          <dt>{t('subs.col.submittedAt')}</dt>
          <dd>
            {formatDateTime(submission.submittedAt, lang)}
            {submission.status === 'SUBMITTED' && (
              <span className={submission.waitingDays >= 7 ? ' waiting-long' : ' muted'}>
                {' '}
                ({waitingText(t, submission.waitingDays)})
              </span>
            )}
          </dd>
          <dt>{t('subs.col.submittedBy')}</dt>
          <dd>
            {submission.importedBy
              ? t('review.imported', { by: submission.importedBy, file: submission.importedFrom ?? '' })
              : submission.submittedBy}
          </dd>
          <dt>{t('subs.col.changes')}</dt>
          <dd>
            {t('subs.counts', {
              added: formatInteger(submission.addedCount),
              changed: formatInteger(submission.changedCount),
              ended: formatInteger(submission.endedCount),
            })}
          </dd>
          {submission.reviewedBy && (
            <>
              <dt>{t('review.decided')}</dt>
              <dd>{t('subs.reviewed', { by: submission.reviewedBy, date: formatDateTime(submission.reviewedAt, lang) })}</dd>
            </>
          )}
          {submission.reason && (
            <>
              <dt>{t('subs.col.reason')}</dt>
              <dd className="review-reason">{submission.reason}</dd>
            </>
          )}
        </dl>
      </section>

      {ownVillage && submission.status === 'SUBMITTED' && (
        <WithdrawPanel
          submissionId={submission.id}
          onWithdrawn={() => done({ kind: 'ok', message: t('review.withdrawn') })}
          onRefused={(errors) => {
            const stale = staleOutcome(t, errors);
            if (stale) done(stale);
            return stale !== undefined;
          }}
        />
      )}

      <section aria-labelledby="changes-title">
        <h2 id="changes-title">{t('review.changes.title', { n: formatInteger(submission.peopleCount) })}</h2>
        {changes.length === 0 ? (
          <EmptyState title={backInDraft ? t('review.changes.backInDraft') : t('review.changes.none')}>
            <p>
              <Link to={`/roster/${submission.villageCode}`}>{t('review.roster')}</Link>
            </p>
          </EmptyState>
        ) : (
          <>
            {deciding && <p className="muted small">{t('review.comment.howto')}</p>}
            <ChangesTable
              changes={changes}
              positionName={positionName}
              commenting={deciding}
              comments={comments}
              onComment={(personId, value) => setComments((c) => ({ ...c, [personId]: value }))}
            />
          </>
        )}
        {changes.length > 0 && changes.length < submission.peopleCount && (
          <ListFoot
            shown={changes.length}
            total={submission.peopleCount}
            hasMore
            loading={loadingMore}
            onMore={() => void loadMore()}
            shownText={t('review.changes.shown', { shown: formatInteger(changes.length), total: formatInteger(submission.peopleCount) })}
            moreLabel={t('review.changes.more')}
          />
        )}
        {moreError != null && <ErrorMessage error={moreError} onRetry={() => void loadMore()} />}
      </section>

      {deciding && (
        <ApprovePanel submission={submission} village={village} changes={changes} comments={comments} onDone={done} />
      )}
      {can.reopenApprovals(me.role) && submission.status === 'APPROVED' && <ReopenPanel submissionId={submission.id} onDone={done} />}
      {!reviewer && submission.status === 'SUBMITTED' && !ownVillage && <p className="muted">{t('review.waitingDecision')}</p>}

      {submission.comments.length > 0 && (
        <section className="panel" aria-labelledby="item-comments-title">
          <h2 id="item-comments-title">{t('review.itemComments.title')}</h2>
          <ul>
            {submission.comments.map((c) => (
              <li key={c.entryId}>
                <strong>{c.fullName}</strong>: {c.comment}
              </li>
            ))}
          </ul>
        </section>
      )}

      <SubmissionTimeline events={submission.events} />
      <VillageTimeline villageCode={submission.villageCode} currentId={submission.id} generation={generation} />
    </>
  );
}
