import { useMemo } from 'react';
import { formatPercent } from '../../../shared/format';
import { useI18n, type Lang, type Translate } from '../../../shared/i18n';
import type { EChartsCoreOption } from './echarts';
import { formatMonth, projectionLine, trendRows, type TrendPoint, type TrendRow, type YearTarget } from './trend';
import { useEChart } from './useEChart';
import './charts.css';

export interface TrendChartProps {
  /** The indicator's name, as the chart's title and table call it. */
  indicator: string;
  /** The monthly figures, in percent. */
  series: TrendPoint[];
  /** The targets by year, drawn as a step line over the months of each year. */
  targets: YearTarget[];
  /** Figures projected from the recent trend, drawn dashed after the last actual month. */
  projection?: TrendPoint[];
}

const COLORS = { actual: '#0b6b4f', target: '#b3261e', projection: '#0b6b4f' };

/** A monthly series with its target line and an optional dashed projection, and the same figures as a table. */
export default function TrendChart({ indicator, series, targets, projection = [] }: TrendChartProps) {
  const { t, lang } = useI18n();
  const rows = useMemo(() => trendRows(series, targets, projection), [series, targets, projection]);
  const option = useMemo(() => (rows.length ? trendOption(rows, lang, t) : null), [rows, lang, t]);
  const chart = useEChart(option);
  const label = t('chart.trend.label', { indicator });
  const hasProjection = rows.some((row) => row.projection != null);

  return (
    <figure className="trend" aria-label={label}>
      <h2>{label}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('chart.trend.empty')}</p>
      ) : (
        <>
          <div ref={chart} className="trend-canvas" data-testid="trend-chart" aria-hidden="true" />
          <ul className="trend-key" aria-hidden="true">
            <li className="key-actual">{t('chart.trend.actual')}</li>
            <li className="key-target">{t('chart.trend.target')}</li>
            {hasProjection && <li className="key-projection">{t('chart.trend.projection')}</li>}
          </ul>
          <details>
            <summary>{t('chart.trend.table', { indicator })}</summary>
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{t('chart.trend.table', { indicator })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('chart.trend.month')}</th>
                    <th scope="col" className="num">{t('chart.trend.actual')}</th>
                    <th scope="col" className="num">{t('chart.trend.target')}</th>
                    {hasProjection && <th scope="col" className="num">{t('chart.trend.projection')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.month}>
                      <th scope="row">{formatMonth(row.month, lang)}</th>
                      <td className="num">{formatPercent(row.actual)}</td>
                      <td className="num">{formatPercent(row.target)}</td>
                      {hasProjection && <td className="num">{formatPercent(row.projection)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}

export function trendOption(rows: TrendRow[], lang: Lang, t: Translate): EChartsCoreOption {
  const line = (name: string, data: (number | null)[], color: string, style: object = {}) => ({
    type: 'line',
    name,
    data,
    color,
    showSymbol: false,
    connectNulls: false,
    lineStyle: { color, width: 2, ...style },
  });
  return {
    grid: { left: 48, right: 16, top: 32, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number | null) => formatPercent(value),
    },
    xAxis: {
      type: 'category',
      data: rows.map((row) => formatMonth(row.month, lang)),
      boundaryGap: false,
    },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
    series: [
      { ...line(t('chart.trend.target'), rows.map((row) => row.target), COLORS.target, { width: 1.5 }), step: 'end' },
      line(t('chart.trend.actual'), rows.map((row) => row.actual), COLORS.actual),
      line(t('chart.trend.projection'), projectionLine(rows), COLORS.projection, { type: 'dashed' }),
    ],
  };
}
