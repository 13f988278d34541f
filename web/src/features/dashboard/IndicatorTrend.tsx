import { useMemo } from 'react';
import { formatInteger, formatPercent } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { TrendChart } from './charts/LazyCharts';
import type { TrendPoint } from './charts/trend';
import { IndicatorSeriesQuery } from './operations';

/** The indicator month by month with its targets, and where the recent trend leads by each target year. */
export function IndicatorTrend({ regionCode, indicator, name }: { regionCode: string; indicator: string; name: string }) {
  const { t } = useI18n();
  const { data, error, loading, refetch } = useQuery(IndicatorSeriesQuery, { regionCode, indicator });
  const series = data?.indicatorSeries;
  const points = useMemo<TrendPoint[]>(
    () => (series?.points ?? []).filter((p) => p.value != null).map((p) => ({ month: p.asOfDate.slice(0, 7), value: p.value as number })),
    [series],
  );
  const projection = useMemo<TrendPoint[]>(() => {
    const last = points[points.length - 1];
    if (!series || !last) return [];
    return [last, ...series.projections.map((p) => ({ month: `${p.year}-12`, value: p.projectedValue }))];
  }, [series, points]);
  const targets = useMemo(() => (series?.targets ?? []).map((y) => ({ year: y.year, value: y.target.percent })), [series]);

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} onRetry={refetch} />;
  if (!series) return null;
  return (
    <section className="trend-section" aria-label={t('dash.trend.title')}>
      <TrendChart indicator={name} series={points} targets={targets} projection={projection.length > 1 ? projection : []} />
      {series.projections.length > 0 && (
        <ul className="projections" data-testid="projections">
          {series.projections.map((p) => (
            <li key={p.year} className={p.onTrack ? 'gap-ok' : 'gap-behind'}>
              {p.onTrack
                ? t('dash.projection.onTrack', { year: p.year, projected: formatPercent(p.projectedValue), target: formatPercent(p.target) })
                : t('dash.projection.behind', {
                    year: p.year,
                    projected: formatPercent(p.projectedValue),
                    target: formatPercent(p.target),
                    needed: formatInteger(p.unitsNeeded),
                    perMonth: formatInteger(Math.ceil(p.unitsPerMonth)),
                  })}
            </li>
          ))}
        </ul>
      )}
      {series.trendPerMonth != null && <p className="muted small">{t('dash.trend.slope', { pp: series.trendPerMonth.toLocaleString('id-ID') })}</p>}
    </section>
  );
}
