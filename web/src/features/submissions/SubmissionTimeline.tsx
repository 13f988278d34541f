import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { SubmissionStatus } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { VillageTimelineQuery } from './operations';

interface TimelineEvent {
  submissionId?: string;
  kind: SubmissionStatus;
  at: string;
  by: string;
  reason?: string | null;
  changes: number;
}

function Steps({ events, currentId }: { events: TimelineEvent[]; currentId?: string }) {
  const { t, lang } = useI18n();
  if (events.length === 0) return <p className="muted">{t('review.timeline.empty')}</p>;
  return (
    <ol className="timeline">
      {events.map((e, i) => (
        <li key={`${e.submissionId ?? ''}-${i}`} className={`timeline-step step-${e.kind.toLowerCase()}`}>
          <time dateTime={e.at} className="small muted block">
            {formatDateTime(e.at, lang)}
          </time>
          <span className="timeline-what">{t(`review.event.${e.kind}`, { by: e.by })}</span>
          <span className="small muted"> · {t('review.event.changes', { n: e.changes })}</span>
          {e.submissionId && (
            <span className="small">
              {' · '}
              {e.submissionId === currentId ? (
                <strong>{t('review.event.this')}</strong>
              ) : (
                <Link to={`/submissions/${e.submissionId}`}>{t('subs.view')}</Link>
              )}
            </span>
          )}
          {e.reason && <p className="timeline-reason">{t('review.event.reason', { reason: e.reason })}</p>}
        </li>
      ))}
    </ol>
  );
}

/** Every step of this submission, oldest first. */
export function SubmissionTimeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="timeline-title" className="timeline-section">
      <h2 id="timeline-title">{t('review.timeline.title')}</h2>
      <Steps events={events} />
    </section>
  );
}

/** Every step of every submission of the village (earlier returns, withdrawals, reopenings). */
export function VillageTimeline({ villageCode, currentId, generation }: { villageCode: string; currentId: string; generation: number }) {
  const { t } = useI18n();
  const { data, error, loading, refetch } = useQuery(VillageTimelineQuery, { villageCode });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    refetch();
  }, [generation, refetch]);

  const events = data?.timeline?.nodes ?? [];
  // Only worth a section when the village has more than this one submission.
  if (data && events.every((e) => e.submissionId === currentId)) return null;
  return (
    <section aria-labelledby="village-timeline-title" className="timeline-section">
      <h2 id="village-timeline-title">{t('review.timeline.village')}</h2>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : (
        <Steps events={events} currentId={currentId} />
      )}
    </section>
  );
}
