import type { RosterQuery as RosterData } from '../../gql/graphql';
import { formatDateTime, formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';

type TimelineData = RosterData['timeline'];
export function RosterTimeline({ timeline }: { timeline: TimelineData }) {
  const { t, lang } = useI18n();
  const events = timeline?.nodes ?? [];
  return (
    <section className="panel" aria-labelledby="roster-timeline">
      <h2 id="roster-timeline">{t('roster.timeline')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('roster.timeline.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="timeline-table">
            <caption className="sr-only">{t('roster.timeline')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roster.timeline.at')}</th>
                <th scope="col">{t('roster.timeline.kind')}</th>
                <th scope="col">{t('roster.timeline.by')}</th>
                <th scope="col" className="num">{t('roster.timeline.changes')}</th>
                <th scope="col">{t('roster.timeline.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e, i) => (
                <tr key={`${e.submissionId}-${e.kind}-${i}`}>
                  <td className="nowrap">{formatDateTime(e.at, lang)}</td>
                  <th scope="row">{t(`roster.event.${e.kind}`)}</th>
                  <td>{e.by}</td>
                  <td className="num">
                    <span className="wide-only">{formatInteger(e.changes)}</span>
                    <span className="phone-only">{t('review.event.changes', { n: e.changes })}</span>
                  </td>
                  <td className={e.reason ? 'reason' : 'reason reason-none'}>{e.reason ?? t('common.dash')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {timeline && timeline.totalCount > events.length && (
        <p className="muted small">{t('roster.timeline.more', { shown: events.length, total: timeline.totalCount })}</p>
      )}
    </section>
  );
}
