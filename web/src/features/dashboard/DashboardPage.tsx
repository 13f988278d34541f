import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { CoverageFiguresRowFragment, CoverageQuery as CoverageResult } from '../../gql/graphql';
import { formatDateTime, formatGap, formatInteger, formatPercent } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { EmptyState, ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { OverdueActions } from '../monev/OverdueActions';
import { ChoroplethMap } from './charts/LazyCharts';
import type { RegionFigure } from './charts/choropleth';
import { IndicatorCards } from './IndicatorCards';
import { IndicatorTable } from './IndicatorTable';
import { isVerifiable } from './VerifiedCard';
import { IndicatorTrend } from './IndicatorTrend';
import { ARREARS, DASHBOARD_YEARS, DEFAULT_INDICATOR, figureOf, indicatorName } from './indicatorText';
import { AtRiskFigure } from '../payments/AtRiskFigure';
import { CoverageQuery } from './operations';

export function DashboardPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  // The user's own region, or one under it opened from the table (a national reader starts at Indonesia).
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('region') ?? me.regionCode;
  // It opens on the current year.
  const year = Number(params.get('year')) || new Date().getFullYear();
  const chosen = params.get('indicator') ?? DEFAULT_INDICATOR;
  const choose = (name: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(name, value);
      return next;
    });
  const { data, error, loading, refetch } = useQuery(CoverageQuery, { regionCode, year });

  const title = <h1>{t('dash.title', { year })}</h1>;
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

  const { total } = report;
  const figure = figureOf(total.indicators, chosen) ?? total.indicators[0];
  const name = indicatorName(figure.indicator, lang);

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

      <div className="filters no-print">
        <label>
          {t('dash.year')}{' '}
          <select value={year} onChange={(e) => choose('year', e.target.value)}>
            {DASHBOARD_YEARS.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t('dash.indicator')}{' '}
          <select value={figure.indicator.code} onChange={(e) => choose('indicator', e.target.value)}>
            {total.indicators.map((f) => (
              <option key={f.indicator.code} value={f.indicator.code}>{indicatorName(f.indicator, lang)}</option>
            ))}
          </select>
        </label>
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

      <IndicatorCards figure={figure} total={total} year={year} asOf={report.asOf} asOfDate={report.asOfDate} />

      <AtRisk regionCode={report.region.code} figures={total.indicators} />

      <p className="muted small">{t('dash.officialNote')}</p>

      <OverdueActions regionCode={regionCode} />

      <IndicatorTrend regionCode={report.region.code} indicator={figure.indicator.code} name={name} />

      <IndicatorTable figures={total.indicators} chosen={figure.indicator.code} onChoose={(code) => choose('indicator', code)} />

      {report.bySegment.length > 0 && <BySegmentTable rows={report.bySegment} />}

      {report.byRegion.length > 0 && (
        <CoverageMap region={report.region} rows={report.byRegion} indicator={figure.indicator.code} name={name} />
      )}

      {report.byRegion.length > 0 ? (
        <ByRegionTable rows={report.byRegion} total={total} indicator={figure.indicator.code} name={name} />
      ) : (
        report.region.level !== 'VILLAGE' && (
          <EmptyState title={t('dash.byRegion.empty', { name: report.region.name })} />
        )
      )}
    </>
  );
}

/** The people at risk of losing protection, from the ARREARS indicator of the same report: no second read. */
function AtRisk({ regionCode, figures }: { regionCode: string; figures: CoverageFiguresRowFragment['indicators'] }) {
  const arrears = figureOf(figures, ARREARS);
  if (arrears?.numerator == null || !arrears.denominator || arrears.period == null) return null;
  return <AtRiskFigure regionCode={regionCode} atRisk={arrears.numerator} enrolled={arrears.denominator} month={arrears.period} />;
}

/** The children's figure of the chosen indicator on the map, each against its own target; a click opens the child's dashboard. */
function CoverageMap({
  region,
  rows,
  indicator,
  name,
}: {
  region: { code: string; name: string };
  rows: CoverageFiguresRowFragment[];
  indicator: string;
  name: string;
}) {
  const navigate = useNavigate();
  const regionLink = useRegionLink();
  const figures = useMemo<RegionFigure[]>(
    () =>
      rows.map((row) => {
        const figure = figureOf(row.indicators, indicator);
        return {
          code: row.regionCode,
          name: row.regionName,
          value: figure?.value ?? null,
          target: figure?.target?.percent ?? null,
          lowerIsBetter: figure?.indicator.lowerIsBetter ?? false,
        };
      }),
    [rows, indicator],
  );
  return (
    <ChoroplethMap
      region={region}
      figures={figures}
      indicator={name}
      onDrill={(code) => navigate(regionLink(code))}
    />
  );
}

/** The dashboard of another region, keeping the chosen year and indicator. */
function useRegionLink(): (code: string) => string {
  const [params] = useSearchParams();
  return (code) => {
    const next = new URLSearchParams(params);
    next.set('region', code);
    return `/?${next.toString()}`;
  };
}

type SegmentRow = NonNullable<CoverageResult['coverage']>['bySegment'][number];

/** The segments in the order the roster shows them; a segment the portal does not know yet goes last. */
const SEGMENT_ORDER = ['APARATUR_DESA', 'KEPALA_DESA', 'BPD', 'EKOSISTEM_DESA'];

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
  indicator,
  name,
}: {
  rows: CoverageFiguresRowFragment[];
  total: CoverageFiguresRowFragment;
  indicator: string;
  name: string;
}) {
  const { t } = useI18n();
  const linkTo = useRegionLink();
  const chosen = figureOf(total.indicators, indicator);
  const verifiable = chosen != null && isVerifiable(chosen);
  const cells = (row: CoverageFiguresRowFragment) => {
    const figure = figureOf(row.indicators, indicator);
    return (
      <>
        <td className="num">{formatInteger(row.peopleInOffice)}</td>
        <td className="num">{formatInteger(row.peopleCovered)}</td>
        {/* A region with nobody in office has no coverage to compare, not a coverage of 0 %. */}
        <td className="num">{row.peopleInOffice === 0 ? t('common.dash') : formatPercent(row.coveragePercent)}</td>
        <td className="num">{figure?.value == null ? t('common.dash') : formatPercent(figure.value)}</td>
        {verifiable && <td className="num">{figure?.verified?.value == null ? t('common.dash') : formatPercent(figure.verified.value)}</td>}
        <td className="num">
          {figure?.target ? formatPercent(figure.target.percent) : t('common.dash')}
          {figure?.target?.inherited && <span className="muted small"> ({figure.target.setFor})</span>}
        </td>
        <td className={`num ${figure?.onTrack === false ? 'behind' : ''}`}>
          {formatGap(figure?.gap)}
        </td>
        <td className="num">
          {formatInteger(row.villagesWithApprovedRoster)} / {formatInteger(row.villages)}
        </td>
      </>
    );
  };

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
            <th scope="col" className="num">{name}</th>
            {verifiable && <th scope="col" className="num">{t('dash.verified.column')}</th>}
            <th scope="col" className="num">{t('dash.indicators.target')}</th>
            <th scope="col" className="num">{t('dash.table.gap')}</th>
            <th scope="col" className="num">{t('dash.completeness.title')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.regionCode}>
              <th scope="row">
                <Link to={linkTo(row.regionCode)}>{row.regionName}</Link>{' '}
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
