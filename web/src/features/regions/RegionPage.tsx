import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { RegionDetailQuery as RegionDetailData } from '../../gql/graphql';
import { formatDate, formatDateTime, formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { EmptyState, ErrorMessage, ListFoot, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { changeKindLabel, changeValue, countOrder, exportUrl, inScope, regionTypeLabel } from './labels';
import { RegionChildrenQuery, RegionDetailQuery } from './operations';
import { usePagedList } from '../../shared/usePagedList';
import { rosterExportUrl } from '../../shared/downloads';
import { RegionAtRisk } from '../payments/AtRiskFigure';

export const CHILDREN_PAGE_SIZE = 50;

type RegionDetail = NonNullable<RegionDetailData['region']>;

export function RegionPage() {
  const { code = '' } = useParams<{ code: string }>();
  return <RegionView key={code} code={code} />;
}

function RegionView({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const { data, error, loading, refetch } = useQuery(RegionDetailQuery, { code });

  if (loading && !data) return (<><h1>{t('region.title.plain')}</h1><Loading /></>);
  if (error && !data) return (<><h1>{t('region.title.plain')}</h1><ErrorMessage error={error} onRetry={refetch} /></>);
  const region = data?.region;
  if (!region) {
    return (
      <>
        <h1>{t('region.title.plain')}</h1>
        <EmptyState title={t('region.notFound', { code })}>
          <Link to="/regions">{t('region.backToBrowser')}</Link>
        </EmptyState>
      </>
    );
  }

  const hasChildren = region.level !== 'VILLAGE';
  return (
    <>
      <Breadcrumb region={region} />
      <div className="page-head">
        <div>
          <h1>
            {region.name}{' '}
            {region.retiredOn && (
              <span className="badge badge-retired">{t('region.retired', { date: formatDate(region.retiredOn, lang) })}</span>
            )}
          </h1>
        </div>
        <div className="button-row no-print" role="group" aria-label={t('region.export.label')}>
          <a className="button" href={exportUrl(region.code, 'csv')} download>
            {t('region.export.csv')}
          </a>
          <a className="button" href={exportUrl(region.code, 'xlsx')} download>
            {t('region.export.xlsx')}
          </a>
        </div>
      </div>
      {inScope(me.regionCode, region.code) && (
        <div className="button-row no-print region-roster-export" role="group" aria-label={t('region.roster.label')}>
          <a className="button" href={rosterExportUrl(region.code, 'csv')} download>
            {t('region.roster.csv')}
          </a>
          <a className="button" href={rosterExportUrl(region.code, 'xlsx')} download>
            {t('region.roster.xlsx')}
          </a>
          <span className="muted small">{hasChildren ? t('region.roster.hint') : t('region.roster.hint.village')}</span>
        </div>
      )}

      <dl className="facts">
        <div>
          <dt>{t('region.fact.code')}</dt>
          <dd className="mono">{region.code}</dd>
        </div>
        <div>
          <dt>{t('region.fact.level')}</dt>
          <dd>{t(`region.level.${region.level}`)}</dd>
        </div>
        <div>
          <dt>{t('region.fact.kind')}</dt>
          <dd>{region.kind ? t(`region.kind.${region.kind}`) : t('common.dash')}</dd>
        </div>
        <div>
          <dt>{t('region.fact.status')}</dt>
          <dd>
            {region.retiredOn ? t('region.retired', { date: formatDate(region.retiredOn, lang) }) : t('region.active')}
          </dd>
        </div>
      </dl>

      {hasChildren && (
        <div className="region-columns">
          <CountsTable region={region} />
          <ChildrenTable code={region.code} name={region.name} />
        </div>
      )}
      {region.level === 'VILLAGE' && region.kind !== 'KELURAHAN' && !region.retiredOn && (
        <p>
          <Link to={`/roster/${region.code}`}>{t('region.roster')}</Link>
        </p>
      )}
      {region.level === 'VILLAGE' && inScope(me.regionCode, region.code) && <RegionAtRisk regionCode={region.code} />}
      {!region.retiredOn && (
        <p>
          <Link to={`/budget-gap?region=${encodeURIComponent(region.code)}`}>{t('region.budgetGap')}</Link>
        </p>
      )}
      <HistoryTable region={region} />
    </>
  );
}

function Breadcrumb({ region }: { region: RegionDetail }) {
  const { t } = useI18n();
  const me = useMe();
  return (
    <nav className="breadcrumb" aria-label={t('region.breadcrumb')}>
      <ol>
        <li>
          <Link to="/regions">{t('regions.title')}</Link>
        </li>
        {region.ancestors.map((a) => (
          <li key={a.code}>
            {/* Regions above one's own scope are named, but cannot be opened. */}
            {inScope(me.regionCode, a.code) ? <Link to={`/regions/${a.code}`}>{a.name}</Link> : <span>{a.name}</span>}
          </li>
        ))}
        <li>
          <span aria-current="page">{region.name}</span>
        </li>
      </ol>
    </nav>
  );
}

function CountsTable({ region }: { region: RegionDetail }) {
  const { t } = useI18n();
  const counts = [...region.counts].sort((a, b) => countOrder(a.level, a.kind) - countOrder(b.level, b.kind));
  return (
    <section className="region-counts" aria-labelledby="region-counts-title">
      <h2 id="region-counts-title">{t('region.counts.title')}</h2>
      {counts.length === 0 ? (
        <p className="muted">{t('region.counts.none', { name: region.name })}</p>
      ) : (
        <div className="table-wrap">
          <table className="region-table">
            <caption className="sr-only">{t('region.counts.caption', { name: region.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region.counts.type')}</th>
                <th scope="col" className="num">{t('region.counts.count')}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={`${c.level}-${c.kind ?? ''}`}>
                  <th scope="row">{regionTypeLabel(t, c.level, c.kind)}</th>
                  <td className="num">{formatInteger(c.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ChildrenTable({ code, name }: { code: string; name: string }) {
  const { t } = useI18n();
  const [includeRetired, setIncludeRetired] = useState(false);
  const list = usePagedList(
    RegionChildrenQuery,
    { code, first: CHILDREN_PAGE_SIZE, includeRetired },
    (data) => data.region?.children,
  );

  return (
    <section className="region-children" aria-labelledby="region-children-title">
      <div className="section-head">
        <h2 id="region-children-title">{t('region.children.title')}</h2>
        <label className="check small">
          <input type="checkbox" checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)} />
          {t('region.children.includeRetired')}
        </label>
      </div>
      {list.loading ? (
        <Loading />
      ) : list.error && list.nodes.length === 0 ? (
        <ErrorMessage error={list.error} onRetry={list.retry} />
      ) : list.nodes.length === 0 ? (
        <p className="muted">{t('region.children.none', { name })}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="region-table">
              <caption className="sr-only">{t('region.children.caption', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('regions.col.name')}</th>
                  <th scope="col">{t('regions.col.code')}</th>
                  <th scope="col">{t('regions.col.type')}</th>
                </tr>
              </thead>
              <tbody>
                {list.nodes.map((r) => (
                  <tr key={r.code}>
                    <th scope="row">
                      <Link to={`/regions/${r.code}`}>{r.name}</Link>
                      {r.retiredOn && (
                        <>
                          {' '}
                          <span className="badge badge-retired">{t('region.retired.short')}</span>
                        </>
                      )}
                    </th>
                    <td className="mono nowrap">{r.code}</td>
                    <td>{regionTypeLabel(t, r.level, r.kind)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.error != null && <ErrorMessage error={list.error} onRetry={list.loadMore} />}
          <ListFoot shown={list.nodes.length} total={list.totalCount} hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} />
        </>
      )}
    </section>
  );
}

function HistoryTable({ region }: { region: RegionDetail }) {
  const { t, lang } = useI18n();
  return (
    <section className="region-history" aria-labelledby="region-history-title">
      <h2 id="region-history-title">{t('region.history.title')}</h2>
      {region.history.length === 0 ? (
        <p className="muted">{t('region.history.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="region-table">
            <caption className="sr-only">{t('region.history.caption', { name: region.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region.history.kind')}</th>
                <th scope="col">{t('region.history.change')}</th>
                <th scope="col">{t('region.history.when')}</th>
                <th scope="col">{t('region.history.who')}</th>
                <th scope="col">{t('region.history.source')}</th>
              </tr>
            </thead>
            <tbody>
              {region.history.map((h, i) => (
                <tr key={i}>
                  <td className="nowrap">{changeKindLabel(t, h.kind)}</td>
                  <td>
                    {/* An addition has no "from": just the name it came with. */}
                    {h.oldValue == null
                      ? changeValue(t, lang, h.kind, h.newValue)
                      : `${changeValue(t, lang, h.kind, h.oldValue)} → ${changeValue(t, lang, h.kind, h.newValue)}`}
                  </td>
                  <td className="nowrap">{formatDateTime(h.changedAt, lang)}</td>
                  <td>{h.changedBy}</td>
                  <td className="mono nowrap">{h.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
