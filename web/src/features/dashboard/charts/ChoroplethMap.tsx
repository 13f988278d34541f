import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatPercent, formatPoints } from '../../../shared/format';
import { useI18n, type Translate } from '../../../shared/i18n';
import {
  attainment,
  colorOf,
  legendOf,
  NO_DATA_COLOR,
  splitByOutline,
  type Band,
  type RegionFigure,
} from './choropleth';
import type { EChartsCoreOption } from './echarts';
import { loadOutlines, type Outlines } from './outlines';
import { useEChart } from './useEChart';
import './charts.css';

export interface ChoroplethMapProps {
  /** The region shown: its children are drawn. */
  region: { code: string; name: string };
  /** One figure per child region; a child without an outline is listed under the map. */
  figures: RegionFigure[];
  /** The indicator's name, as the legend and tooltip call it. */
  indicator: string;
  /** A child was chosen, on the map or in the list. */
  onDrill: (code: string) => void;
}

/** The region's children coloured by attainment of target (by value without one), with a legend that lists them. */
export default function ChoroplethMap({ region, figures, indicator, onDrill }: ChoroplethMapProps) {
  const { t } = useI18n();
  const outlines = useQuery({
    queryKey: ['outlines', region.code],
    queryFn: () => loadOutlines(region.code),
    staleTime: Infinity,
    retry: false,
  });
  const codes = outlines.data?.codes ?? new Set<string>();
  const { drawn, withoutOutline } = splitByOutline(figures, codes);
  const option = useMemo(
    () => (outlines.data ? mapOption(outlines.data, figures, indicator, t) : null),
    [outlines.data, figures, indicator, t],
  );
  const chart = useEChart(option, ({ name }) => {
    if (figures.some((figure) => figure.code === name)) onDrill(name);
  });

  const status = outlines.isPending
    ? t('chart.map.loading')
    : outlines.isError
      ? t('chart.map.unavailable')
      : outlines.data == null
        ? t('chart.map.noOutlines', { region: region.name })
        : null;

  return (
    <figure className="choropleth" aria-label={t('chart.map.label', { indicator, region: region.name })}>
      <div className="choropleth-map">
        {/* The drawing is for the eye; the legend beside it lists every region, each a button, for keyboards too. */}
        {drawn.length > 0 && (
          <div
            ref={chart}
            className="choropleth-canvas"
            style={{ aspectRatio: outlines.data?.aspect }}
            data-testid="choropleth"
            aria-hidden="true"
          />
        )}
        {status && <p className="choropleth-status muted">{status}</p>}
        {outlines.data && withoutOutline.length > 0 && (
          <p className="choropleth-missing" data-testid="without-outline">
            {t('chart.map.withoutOutline')}{' '}
            {withoutOutline.map((figure, i) => (
              <span key={figure.code}>
                {i > 0 && ', '}
                <button type="button" className="link-button" onClick={() => onDrill(figure.code)}>
                  {figure.name}
                </button>
              </span>
            ))}
          </p>
        )}
        <figcaption className="muted small">{t('chart.map.attribution')}</figcaption>
      </div>
      <div className="choropleth-legend">
        <p className="muted small">{t('chart.map.hint')}</p>
        <Legend figures={figures} indicator={indicator} onDrill={onDrill} />
      </div>
    </figure>
  );
}

function Legend({ figures, indicator, onDrill }: Omit<ChoroplethMapProps, 'region'>) {
  const { t } = useI18n();
  const entries = legendOf(figures);
  const titleOf = (band: Band | null, previous: Band | null | undefined) =>
    band && band.scale !== previous?.scale
      ? t(band.scale === 'attainment' ? 'chart.map.legend.attainment' : 'chart.map.legend.value', { indicator })
      : null;
  return (
    <ul className="legend" data-testid="map-legend">
      {entries.map(({ band, figures: inBand }, i) => {
        const title = titleOf(band, entries[i - 1]?.band);
        return (
          <li key={band?.id ?? 'none'} className={inBand.length ? '' : 'legend-empty'}>
            {title && <p className="legend-title">{title}</p>}
            <span className="swatch" style={{ background: band?.color ?? NO_DATA_COLOR }} aria-hidden="true" />
            <span className="legend-band">{band ? bandLabel(band, t) : t('chart.map.noData')}</span>{' '}
            <span className="muted small">({t('chart.map.regions', { n: inBand.length })})</span>
            {inBand.length > 0 && (
              <ul className="legend-regions">
                {inBand.map((figure) => (
                  <li key={figure.code}>
                    <button type="button" className="link-button" onClick={() => onDrill(figure.code)}>
                      {figure.name}
                    </button>{' '}
                    <span className="muted small">{formatPercent(figure.value)}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function bandLabel(band: Band, t: Translate): string {
  const range = { from: band.from, to: band.to ?? '' };
  if (band.to == null) return t(band.scale === 'attainment' ? 'chart.map.band.reached' : 'chart.map.band.from', range);
  return band.from === 0 ? t('chart.map.band.below', range) : t('chart.map.band.between', range);
}

/** The ECharts option: one map series keyed by region code, each area filled with its band's colour. */
export function mapOption(outlines: Outlines, figures: RegionFigure[], indicator: string, t: Translate): EChartsCoreOption {
  const byCode = new Map(figures.map((figure) => [figure.code, figure]));
  return {
    tooltip: {
      trigger: 'item',
      formatter: ({ name }: { name: string }) => {
        const figure = byCode.get(name);
        return figure ? tooltipOf(figure, indicator, t) : '';
      },
    },
    series: [
      {
        type: 'map',
        map: outlines.mapName,
        nameProperty: 'code',
        // Near the equator a degree of longitude is as long as one of latitude.
        aspectScale: 1,
        // As tall as the box, which has the map's shape (see .choropleth-canvas): the map fills it without stretching.
        top: 4,
        bottom: 4,
        selectedMode: false,
        itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: 0.6 },
        // Hovered, an area keeps its band's colour (ECharts would paint it yellow) and gets a dark outline.
        emphasis: { label: { show: false }, itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#1d2521', borderWidth: 1.5 } },
        label: { show: false },
        data: figures
          .filter((figure) => outlines.codes.has(figure.code))
          .map((figure) => {
            const areaColor = colorOf(figure);
            return { name: figure.code, value: figure.value, itemStyle: { areaColor }, emphasis: { itemStyle: { areaColor } } };
          }),
      },
    ],
  };
}

/** The tooltip as nodes, not HTML text: a region's name is data and is never parsed as markup. */
export function tooltipOf(figure: RegionFigure, indicator: string, t: Translate): HTMLElement {
  const box = document.createElement('div');
  const line = (text: string, className?: string) => {
    const element = box.appendChild(document.createElement('div'));
    element.textContent = text;
    if (className) element.className = className;
  };
  line(figure.name, 'tip-title');
  line(`${indicator}: ${figure.value == null ? t('chart.map.noData') : formatPercent(figure.value)}`);
  if (figure.target == null) {
    line(t('chart.tip.noTarget'));
    return box;
  }
  line(t('chart.tip.target', { target: formatPercent(figure.target) }));
  const reached = attainment(figure);
  if (figure.value != null && reached != null) {
    const gap = figure.value - figure.target;
    line(t(gap >= 0 ? 'dash.gap.above' : 'dash.gap.below', { pp: formatPoints(gap) }));
    line(t('chart.tip.attainment', { percent: formatPercent(reached) }));
  }
  return box;
}
