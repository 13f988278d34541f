import { Link, useSearchParams } from 'react-router-dom';
import type { LagKind, LagOrder, LaggingVillagesQuery as LaggingData } from '../../gql/graphql';
import { formatDate, formatInteger, formatPercent } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { EmptyState, ErrorMessage, ListFoot, Loading } from '../../shared/ui';
import { usePagedList } from '../../shared/usePagedList';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { LagAreasQuery, LaggingVillagesQuery } from './operations';

type Village = NonNullable<NonNullable<LaggingData['laggingVillages']>['nodes']>[number];

export const LAG_SEGMENTS = ['APARATUR_DESA', 'KEPALA_DESA', 'BPD', 'EKOSISTEM_DESA'];
const KINDS: LagKind[] = ['NO_COVERAGE', 'BELOW_TARGET'];
const PAGE_SIZE = 50;

/** The whole list as a file, in the page's filters (not only the pages loaded). */
export function lagExportUrl(region: string, segment: string, kind: LagKind, within: string, format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams({ region, segment, kind: kind === 'NO_COVERAGE' ? 'no-coverage' : 'below-target', format });
  if (within) params.set('within', within);
  return `/api/lagging-villages/export?${params.toString()}`;
}

/**
 * The desa that lag in a segment — Kalbar's "330 desa without registered apparatus" — with their regency and district,
 * what their approved roster holds and when it was last approved; each leads to its roster. Filters live in the address.
 */
export function LaggingVillagesPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? me.regionCode;
  const segment = LAG_SEGMENTS.includes(params.get('segment') ?? '') ? params.get('segment')! : 'APARATUR_DESA';
  const kind = (KINDS.includes(params.get('kind') as LagKind) ? params.get('kind') : 'NO_COVERAGE') as LagKind;
  const within = params.get('within') ?? '';
  const orderBy = (params.get('order') ?? 'CODE') as LagOrder;
  const descending = params.get('desc') === '1';

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  const areas = useQuery(LagAreasQuery, { code: region });
  const list = usePagedList(
    LaggingVillagesQuery,
    { regionCode: region, segment, kind, within: within || null, orderBy, descending, first: PAGE_SIZE },
    (data) => data.laggingVillages,
  );
  const regionName = areas.data?.region?.name ?? region;
  const segmentName = t(`segment.${segment}` as MessageKey);
  const sortBy = (column: LagOrder) => set({ order: column, desc: column === orderBy && !descending ? '1' : '' });

  return (
    <>
      <h1>{t('lag.title')}</h1>
      <p className="muted">{t('lag.intro', { region: regionName, segment: segmentName.toLowerCase() })}</p>
      <div className="filters no-print">
        <label>
          {t('lag.segment')}{' '}
          <select value={segment} onChange={(e) => set({ segment: e.target.value })}>
            {LAG_SEGMENTS.map((s) => (
              <option key={s} value={s}>{t(`segment.${s}` as MessageKey)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('lag.kind')}{' '}
          <select value={kind} onChange={(e) => set({ kind: e.target.value })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>{t(`lag.kind.${k}` as MessageKey)}</option>
            ))}
          </select>
        </label>
        {(areas.data?.region?.children?.nodes?.length ?? 0) > 0 && (
          <label>
            {t('lag.within')}{' '}
            <select value={within} onChange={(e) => set({ within: e.target.value })}>
              <option value="">{t('lag.within.all', { region: regionName })}</option>
              {areas.data!.region!.children!.nodes!.map((area) => (
                <option key={area.code} value={area.code}>{area.name}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className="button-row no-print" role="group" aria-label={t('lag.export.label')}>
        <a className="button" href={lagExportUrl(region, segment, kind, within, 'csv')} download>{t('lag.export.csv')}</a>
        <a className="button" href={lagExportUrl(region, segment, kind, within, 'xlsx')} download>{t('lag.export.xlsx')}</a>
      </div>

      {list.loading && list.nodes.length === 0 ? (
        <Loading />
      ) : list.error && list.nodes.length === 0 ? (
        <ErrorMessage error={list.error} onRetry={list.retry} />
      ) : list.nodes.length === 0 ? (
        <EmptyState title={t('lag.empty')}>{kind === 'BELOW_TARGET' && <p>{t('lag.empty.noTarget')}</p>}</EmptyState>
      ) : (
        <>
          <p className="summary" data-testid="lag-count">{t('lag.count', { n: list.totalCount })}</p>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{t('lag.title')}</caption>
              <thead>
                <tr>
                  <SortHeader column="NAME" label={t('lag.col.village')} orderBy={orderBy} descending={descending} onSort={sortBy} />
                  <th scope="col">{t('lag.col.district')}</th>
                  <th scope="col">{t('lag.col.regency')}</th>
                  <SortHeader column="IN_OFFICE" label={t('lag.col.inOffice')} orderBy={orderBy} descending={descending} onSort={sortBy} numeric />
                  <th scope="col" className="num">{t('lag.col.covered')}</th>
                  <SortHeader column="COVERAGE" label={t('lag.col.coverage')} orderBy={orderBy} descending={descending} onSort={sortBy} numeric />
                  <th scope="col" className="num">{t('lag.col.target')}</th>
                  <th scope="col">{t('lag.col.approved')}</th>
                  <th scope="col" className="num">{t('lag.col.findings')}</th>
                </tr>
              </thead>
              <tbody>
                {list.nodes.map((village: Village) => (
                  <tr key={village.code}>
                    <th scope="row">
                      <Link to={`/roster/${encodeURIComponent(village.code)}`}>{village.name}</Link>{' '}
                      <span className="code">{village.code}</span>
                    </th>
                    <td>{village.districtName}</td>
                    <td>{village.regencyName}</td>
                    <td className="num">{formatInteger(village.inOffice)}</td>
                    <td className="num">{formatInteger(village.covered)}</td>
                    <td className="num">{village.coveragePercent == null ? t('common.dash') : formatPercent(village.coveragePercent)}</td>
                    <td className="num">{village.target ? formatPercent(village.target.percent) : t('common.dash')}</td>
                    <td>{village.lastApprovedAt ? formatDate(village.lastApprovedAt, lang) : t('lag.never')}</td>
                    <td className="num">
                      {village.openFindings > 0 ? (
                        <Link to={`/monev/village/${encodeURIComponent(village.code)}`}>{formatInteger(village.openFindings)}</Link>
                      ) : (
                        t('common.dash')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.totalCount > list.nodes.length && (
            <ListFoot
              shown={list.nodes.length}
              total={list.totalCount}
              hasMore={list.hasMore}
              loading={list.loadingMore}
              onMore={list.loadMore}
              shownText={t('lag.more', { shown: list.nodes.length, total: list.totalCount })}
              moreLabel={t('lag.loadMore')}
            />
          )}
        </>
      )}
    </>
  );
}

function SortHeader({
  column,
  label,
  orderBy,
  descending,
  onSort,
  numeric = false,
}: {
  column: LagOrder;
  label: string;
  orderBy: LagOrder;
  descending: boolean;
  onSort: (column: LagOrder) => void;
  numeric?: boolean;
}) {
  const { t } = useI18n();
  const sorted = column === orderBy;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={sorted ? (descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="link-button" title={t('lag.sort', { column: label })} onClick={() => onSort(column)}>
        {label}
        {sorted ? (descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
}
