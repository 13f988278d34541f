import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { RegionFilterInput, RegionLevel } from '../../gql/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { EmptyState, ErrorMessage, ListFoot, Loading } from '../../shared/ui';
import { useMe } from '../auth/session';
import { REGION_LEVELS, regionTypeLabel } from './labels';
import { RegionSearchQuery } from './operations';
import { RegionTree } from './RegionTree';
import { usePagedList } from '../../shared/usePagedList';

export const SEARCH_PAGE_SIZE = 50;
const CODE_PREFIX = /^\d{2}(\.\d{1,4})*\.?$/;

/** Builds the filter: a (partial) Kemendagri code searches by code, anything else by name. */
export function regionFilter(q: string, level: RegionLevel | ''): RegionFilterInput | undefined {
  const where: RegionFilterInput = {};
  const text = q.trim();
  if (text) {
    if (CODE_PREFIX.test(text)) where.code = { startsWith: text };
    else where.name = { contains: text };
  }
  if (level) where.level = { eq: level };
  return Object.keys(where).length > 0 ? where : undefined;
}

function parseLevel(value: string | null): RegionLevel | '' {
  return REGION_LEVELS.includes(value as RegionLevel) ? (value as RegionLevel) : '';
}

/** The region browser: search every region in the user's scope, or walk the tree from their own region. */
export function RegionsPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const level = parseLevel(params.get('level'));
  const [text, setText] = useState(q);
  const [levelChoice, setLevelChoice] = useState<RegionLevel | ''>(level);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (text.trim()) next.q = text.trim();
    if (levelChoice) next.level = levelChoice;
    setParams(next);
  }

  const root = me.region ?? { code: me.regionCode, name: me.regionCode, level: 'VILLAGE' as const };

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('regions.title')}</h1>
          <p className="muted">{t('regions.intro')}</p>
        </div>
        {can.importRegions(me.role) && (
          <Link className="button" to="/regions/import">
            {t('regions.import.link')}
          </Link>
        )}
      </div>

      <div className="regions-layout">
        <section className="regions-search" aria-labelledby="regions-search-title">
          <h2 id="regions-search-title">{t('regions.search.title')}</h2>
          <form className="search-form" role="search" onSubmit={handleSubmit}>
            <div className="field field-grow">
              <label htmlFor="region-search">{t('regions.search.label')}</label>
              <input
                id="region-search"
                type="search"
                autoComplete="off"
                placeholder={t('regions.search.placeholder')}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="region-level">{t('regions.search.level')}</label>
              <select id="region-level" value={levelChoice} onChange={(e) => setLevelChoice(parseLevel(e.target.value))}>
                <option value="">{t('regions.search.level.all')}</option>
                {REGION_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`region.level.${l}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="primary">
              {t('regions.search.submit')}
            </button>
          </form>
          <SearchResults q={q} where={regionFilter(q, level)} />
        </section>

        <section className="regions-tree panel" aria-labelledby="regions-tree-title">
          <h2 id="regions-tree-title">{t('regions.tree.title')}</h2>
          <RegionTree root={root} />
        </section>
      </div>
    </>
  );
}

function SearchResults({ q, where }: { q: string; where: RegionFilterInput | undefined }) {
  const { t } = useI18n();
  const list = usePagedList(RegionSearchQuery, { where, first: SEARCH_PAGE_SIZE }, (data) => data.regions);

  if (list.loading) return <Loading />;
  if (list.error && list.nodes.length === 0) return <ErrorMessage error={list.error} onRetry={list.retry} />;
  if (list.nodes.length === 0) {
    return <EmptyState title={q ? t('regions.search.none', { q }) : t('regions.search.noneAtAll')} />;
  }

  return (
    <>
      <p className="summary" aria-live="polite">
        {t('regions.search.count', { total: formatInteger(list.totalCount) })}
      </p>
      <div className="table-wrap">
        <table className="region-table">
          <caption className="sr-only">{t('regions.search.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('regions.col.name')}</th>
              <th scope="col">{t('regions.col.code')}</th>
              <th scope="col">{t('regions.col.type')}</th>
              <th scope="col">{t('regions.col.location')}</th>
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
                <td className="muted">{r.ancestors.slice(-2).map((a) => a.name).join(' › ') || t('common.dash')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.error != null && <ErrorMessage error={list.error} onRetry={list.loadMore} />}
      <ListFoot shown={list.nodes.length} total={list.totalCount} hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} />
    </>
  );
}
