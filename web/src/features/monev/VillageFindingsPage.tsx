import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { EmptyState, ErrorMessage, ListFoot, Loading } from '../../shared/ui';
import { usePagedList } from '../../shared/usePagedList';
import { useQuery } from '../../shared/useQuery';
import { FindingCard } from './FindingCard';
import { VillageFindingsQuery, VillageNameQuery } from './operations';
import './monev.css';

/** What monev meetings found about one desa, newest first, with the follow-ups; the desa's operator updates those it owns. */
export function VillageFindingsPage() {
  const { t, lang } = useI18n();
  const { villageCode = '' } = useParams();
  const { data: named } = useQuery(VillageNameQuery, { code: villageCode });
  const list = usePagedList(VillageFindingsQuery, { villageCode, first: 20 }, (d) => d.monevFindings);
  const village = named?.region?.name ?? villageCode;

  return (
    <>
      <h1>{t('monev.village.title', { village })}</h1>
      <p className="muted">
        {t('monev.village.intro')} <Link to={`/roster/${villageCode}`}>{t('monev.finding.roster')}</Link>
      </p>
      {list.loading && list.nodes.length === 0 ? (
        <Loading />
      ) : list.error && list.nodes.length === 0 ? (
        <ErrorMessage error={list.error} onRetry={list.retry} />
      ) : list.nodes.length === 0 ? (
        <EmptyState title={t('monev.village.none')} />
      ) : (
        <>
          <div className="monev-findings">
            {list.nodes.map((f) => (
              <FindingCard
                key={f.id}
                finding={f}
                onChanged={list.retry}
                context={
                  f.meeting && (
                    <p className="small">
                      <Link to={`/monev/meetings/${f.meeting.id}`}>
                        {t('monev.finding.meeting', { date: formatDate(f.meeting.date, lang), place: f.meeting.place })}
                      </Link>
                    </p>
                  )
                }
              />
            ))}
          </div>
          <ListFoot shown={list.nodes.length} total={list.totalCount} hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} />
        </>
      )}
    </>
  );
}
