import { Link } from 'react-router-dom';
import { formatDate, formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ErrorMessage, ListFoot } from '../../shared/ui';
import { usePagedList } from '../../shared/usePagedList';
import { OverdueActionsQuery } from './operations';
import './monev.css';

/** The follow-ups of a region past their due date and still open, the longest overdue first, each leading to its desa. */
export function OverdueActions({ regionCode }: { regionCode: string }) {
  const { t, lang } = useI18n();
  const list = usePagedList(OverdueActionsQuery, { regionCode, first: 10 }, (d) => d.overdueActions);
  if (list.loading && list.nodes.length === 0) return null;
  if (list.error && list.nodes.length === 0) return <ErrorMessage error={list.error} onRetry={list.retry} />;

  return (
    <section className="monev-overdue-panel" aria-labelledby="monev-overdue-title">
      <h2 id="monev-overdue-title">
        {list.totalCount > 0 ? t('monev.overdue.count', { n: formatInteger(list.totalCount) }) : t('monev.overdue.title')}
      </h2>
      {list.nodes.length === 0 ? (
        <p className="muted">{t('monev.overdue.none')}</p>
      ) : (
        <ul className="monev-overdue-list">
          {list.nodes.map((a) => (
            <li key={a.id} className="monev-overdue">
              <Link to={`/roster/${a.villageCode}`}>{a.village.name}</Link>: {a.what}{' '}
              <span className="small">
                ({a.owner === 'OTHER' && a.ownerName ? a.ownerName : t(`monev.owner.${a.owner}`)} ·{' '}
                {t('monev.overdue.due', { date: formatDate(a.dueDate, lang) })} · {t(`monev.status.${a.status}`)})
              </span>{' '}
              {a.finding && (
                <Link className="small" to={`/monev/meetings/${a.finding.meetingId}`}>
                  {t('monev.overdue.meeting')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.hasMore && (
        <ListFoot shown={list.nodes.length} total={list.totalCount} hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} />
      )}
    </section>
  );
}
