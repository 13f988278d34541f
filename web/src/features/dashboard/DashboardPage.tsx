import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { CoverageFiguresRowFragment, CoverageQuery as CoverageResult } from '../../gql/graphql';
import {
  formatDateTime,
  formatInteger,
  formatPercent,
  formatPoints,
  ratioPercent,
} from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { EmptyState, ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { OverdueActions } from '../monev/OverdueActions';
import { ChoroplethMap } from './charts/LazyCharts';
import type { RegionFigure } from './charts/choropleth';
import { CoverageQuery } from './operations';

export const DASHBOARD_YEAR = 2026;

export function DashboardPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  // The user's own region, or one under it opened from the table (a national reader starts at Indonesia).
  const [params] = useSearchParams();
  const regionCode = params.get('region') ?? me.regionCode;
  const { data, error, loading, refetch } = useQuery(CoverageQuery, {
    regionCode,
    year: DASHBOARD_YEAR,
  });

  const title = <h1>{t('dash.title', { year: DASHBOARD_YEAR })}</h1>;
  if (loading && !data) return (<>{title}<Loading /></>);
  if (error && !data) return (<>{title}<ErrorMessage error={error} onRetry={refetch} /></>);

  const report = data?.coverage;
  if (!report) {
    return (
      <>
        {title}
        <EmptyState title={t('dash.notFound', { code: regionCode })}>
          <p>{t('dash.empty.next')}</p>
        </EmptyState>
      </>
    );
  }

  const { total, target } = report;
  const targetPercent = target?.percent ?? null;
  const gap = targetPercent == null ? null : total.coveragePercent - targetPercent;
  const villagesPercent = ratioPercent(total.villagesWithCoverage, total.villages);

  return (
    <>
      <div className="page-head">
        <div>
          {title}
          <p className="muted">
            {t('dash.region', { name: report.region.name })} ·{' '}
            <span className="as-of">{t('dash.asOf', { date: formatDateTime(report.asOf, lang) })}</span>
          </p>
          {regionCode !== me.regionCode && (
            <p className="no-print">
              <Link to="/">{t('dash.up', { name: me.region?.name ?? me.regionCode })}</Link>
            </p>
          )}
        </div>
        <button type="button" className="no-print" onClick={() => window.print()}>
          {t('dash.print')}
        </button>
      </div>

      {report.pendingChanges > 0 && (
        <p className="notice notice-warn" data-testid="pending-changes">
          {t('dash.pending', { n: report.pendingChanges })}
        </p>
      )}

      {total.peopleInOffice === 0 && (
        <EmptyState title={t('dash.empty')}>
          <p>{t('dash.empty.next')}</p>
          {me.role === 'VillageOperator' && (
            <p>
              <Link to="/roster">{t('nav.roster.own')}</Link>
            </p>
          )}
        </EmptyState>
      )}

      <section className="headline" aria-label={t('dash.people.title')}>
        <div className="card card-main">
          <h2>{t('dash.people.title')}</h2>
          <p className="big" data-testid="coverage-percent">{formatPercent(total.coveragePercent)}</p>
          <p className="explain">{t('dash.people.explain')}</p>
          <dl className="figures">
            <div>
              <dt>{t('dash.people.covered')}</dt>
              <dd>{formatInteger(total.peopleCovered)}</dd>
            </div>
            <div>
              <dt>{t('dash.people.inOffice')}</dt>
              <dd>{formatInteger(total.peopleInOffice)}</dd>
            </div>
          </dl>
          <Meter value={total.coveragePercent} target={targetPercent} label={t('dash.people.title')} />
        </div>

        <div className="card card-target">
          <h2>
            {targetPercent == null
              ? t('dash.target.none', { year: report.year })
              : t('dash.target', { year: report.year, percent: formatPercent(targetPercent) })}
          </h2>
          {target && <p className="explain">{t('dash.target.indicator', { indicator: target.indicator })}</p>}
          {gap != null && (
            <p className={gap >= 0 ? 'gap gap-ok' : 'gap gap-behind'}>
              {gap >= 0 ? t('dash.gap.above', { pp: formatPoints(gap) }) : t('dash.gap.below', { pp: formatPoints(gap) })}
            </p>
          )}
        </div>

        <div className="card">
          <h2>{t('dash.villages.title')}</h2>
          <p className="big">{formatPercent(villagesPercent)}</p>
          <p className="explain">{t('dash.villages.explain')}</p>
          <p className="ratio">
            {t('dash.villages.ratio', {
              covered: formatInteger(total.villagesWithCoverage),
              total: formatInteger(total.villages),
            })}
          </p>
        </div>
      </section>

      <p className="muted small">{t('dash.officialNote')}</p>

      <OverdueActions regionCode={regionCode} />

      {report.bySegment.length > 0 && <BySegmentTable rows={report.bySegment} />}

      {report.byRegion.length > 0 && (
        <CoverageMap region={report.region} rows={report.byRegion} targetPercent={targetPercent} />
      )}

      {report.byRegion.length > 0 ? (
        <ByRegionTable rows={report.byRegion} total={total} targetPercent={targetPercent} />
      ) : (
        report.region.level !== 'VILLAGE' && (
          <EmptyState title={t('dash.byRegion.empty', { name: report.region.name })} />
        )
      )}
    </>
  );
}

/** The children's people coverage on the map, each against the region's target; a click opens the child's dashboard. */
function CoverageMap({
  region,
  rows,
  targetPercent,
}: {
  region: { code: string; name: string };
  rows: CoverageFiguresRowFragment[];
  targetPercent: number | null;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const figures = useMemo<RegionFigure[]>(
    () =>
      rows.map((row) => ({
        code: row.regionCode,
        name: row.regionName,
        // A region with nobody in office has no coverage to show, not a coverage of 0 %.
        value: row.peopleInOffice === 0 ? null : row.coveragePercent,
        target: targetPercent,
      })),
    [rows, targetPercent],
  );
  return (
    <ChoroplethMap
      region={region}
      figures={figures}
      indicator={t('dash.people.title')}
      onDrill={(code) => navigate(`/?region=${encodeURIComponent(code)}`)}
    />
  );
}

function Meter({ value, target, label }: { value: number; target: number | null; label: string }) {
  const clamp = (n: number) => Math.max(0, Math.min(100, n));
  return (
    <div className="meter" role="img" aria-label={`${label}: ${formatPercent(value)}`}>
      <div className="meter-fill" style={{ width: `${clamp(value)}%` }} />
      {target != null && <div className="meter-target" style={{ left: `${clamp(target)}%` }} />}
    </div>
  );
}

type SegmentRow = NonNullable<CoverageResult['coverage']>['bySegment'][number];

/** The segments in the order the roster shows them; a segment the portal does not know yet goes last. */
const SEGMENT_ORDER = ['APARATUR_DESA', 'BPD', 'EKOSISTEM_DESA'];

function segmentRank(segment: string): number {
  const i = SEGMENT_ORDER.indexOf(segment);
  return i < 0 ? SEGMENT_ORDER.length : i;
}

function BySegmentTable({ rows }: { rows: SegmentRow[] }) {
  const { t } = useI18n();
  const sorted = [...rows].sort((a, b) => segmentRank(a.segment) - segmentRank(b.segment));
  const label = (segment: string) =>
    SEGMENT_ORDER.includes(segment) ? t(`segment.${segment}` as MessageKey) : segment;
  return (
    <div className="table-wrap table-segments">
      <table>
        <caption>{t('dash.segment.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash.segment.col')}</th>
            <th scope="col" className="num">{t('dash.table.inOffice')}</th>
            <th scope="col" className="num">{t('dash.table.covered')}</th>
            <th scope="col" className="num">{t('dash.table.coverage')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.segment}>
              <th scope="row">{label(row.segment)}</th>
              <td className="num">{formatInteger(row.peopleInOffice)}</td>
              <td className="num">{formatInteger(row.peopleCovered)}</td>
              <td className="num">
                {row.peopleInOffice === 0 ? t('common.dash') : formatPercent(row.coveragePercent)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ByRegionTable({
  rows,
  total,
  targetPercent,
}: {
  rows: CoverageFiguresRowFragment[];
  total: CoverageFiguresRowFragment;
  targetPercent: number | null;
}) {
  const { t } = useI18n();
  // A region with nobody in office has no coverage to compare, not a coverage of 0 %.
  const gapCell = (row: CoverageFiguresRowFragment) => {
    if (targetPercent == null || row.peopleInOffice === 0) return t('common.dash');
    const gap = row.coveragePercent - targetPercent;
    return `${gap >= 0 ? '+' : '−'}${formatPoints(gap)}`;
  };
  const cells = (row: CoverageFiguresRowFragment) => (
    <>
      <td className="num">{formatInteger(row.peopleInOffice)}</td>
      <td className="num">{formatInteger(row.peopleCovered)}</td>
      <td className="num">{row.peopleInOffice === 0 ? t('common.dash') : formatPercent(row.coveragePercent)}</td>
      <td className="num">
        {formatInteger(row.villagesWithCoverage)} / {formatInteger(row.villages)}
      </td>
      <td className="num">{formatPercent(ratioPercent(row.villagesWithCoverage, row.villages))}</td>
      <td className={`num ${targetPercent != null && row.peopleInOffice > 0 && row.coveragePercent < targetPercent ? 'behind' : ''}`}>
        {gapCell(row)}
      </td>
    </>
  );

  return (
    <div className="table-wrap">
      <table>
        <caption>{t('dash.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash.table.region')}</th>
            <th scope="col" className="num">{t('dash.table.inOffice')}</th>
            <th scope="col" className="num">{t('dash.table.covered')}</th>
            <th scope="col" className="num">{t('dash.table.coverage')}</th>
            <th scope="col" className="num">{t('dash.table.villages')}</th>
            <th scope="col" className="num">{t('dash.table.villagesPercent')}</th>
            <th scope="col" className="num">{t('dash.table.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.regionCode}>
              <th scope="row">
                <Link to={`/?region=${encodeURIComponent(row.regionCode)}`}>{row.regionName}</Link>{' '}
                <span className="code">{row.regionCode}</span>
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('dash.table.total')}</th>
            {cells(total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
