/** One child region's figure on the map: its indicator value and its target, both in percent. */
export interface RegionFigure {
  code: string;
  name: string;
  /** Null when the region has nothing to measure yet (nobody in office): no figure, not 0 %. */
  value: number | null;
  target: number | null;
  /** Lower is better (arrears): reaching the target means staying under it. */
  lowerIsBetter?: boolean;
}

export type BandScale = 'attainment' | 'value';

export interface Band {
  id: string;
  scale: BandScale;
  /** Lower bound, inclusive, in percent: of the target (attainment) or of the value itself. */
  from: number;
  /** Upper bound, exclusive; null for the open top band. */
  to: number | null;
  color: string;
}

// ColorBrewer RdYlBu (attainment: red far from target, blue at or past it) and Blues (value only): both read for
// colour-blind eyes and in greyscale print.
export const ATTAINMENT_BANDS: Band[] = [
  { id: 'a0', scale: 'attainment', from: 0, to: 50, color: '#d73027' },
  { id: 'a50', scale: 'attainment', from: 50, to: 75, color: '#fc8d59' },
  { id: 'a75', scale: 'attainment', from: 75, to: 90, color: '#fee090' },
  { id: 'a90', scale: 'attainment', from: 90, to: 100, color: '#91bfdb' },
  { id: 'a100', scale: 'attainment', from: 100, to: null, color: '#4575b4' },
];

export const VALUE_BANDS: Band[] = [
  { id: 'v0', scale: 'value', from: 0, to: 20, color: '#eff3ff' },
  { id: 'v20', scale: 'value', from: 20, to: 40, color: '#bdd7e7' },
  { id: 'v40', scale: 'value', from: 40, to: 60, color: '#6baed6' },
  { id: 'v60', scale: 'value', from: 60, to: 80, color: '#3182bd' },
  { id: 'v80', scale: 'value', from: 80, to: null, color: '#08519c' },
];

export const NO_DATA_COLOR = '#e3e6e4';

/** The share of its target a value reaches, in percent; null without a figure or a (positive) target. */
export function attainment(figure: Pick<RegionFigure, 'value' | 'target' | 'lowerIsBetter'>): number | null {
  if (figure.value == null || figure.target == null || figure.target <= 0) return null;
  if (figure.lowerIsBetter) return figure.value <= figure.target ? 100 : (figure.target / figure.value) * 100;
  return (figure.value / figure.target) * 100;
}

/** The band a region is coloured by: attainment of its target, or its value when it has no target; null: no data. */
export function bandOf(figure: RegionFigure): Band | null {
  if (figure.value == null) return null;
  const reached = attainment(figure);
  const [bands, measure] = reached == null ? [VALUE_BANDS, figure.value] : [ATTAINMENT_BANDS, reached];
  return bands.find((band) => band.to == null || measure < band.to) ?? bands[bands.length - 1];
}

export function colorOf(figure: RegionFigure): string {
  return bandOf(figure)?.color ?? NO_DATA_COLOR;
}

export interface LegendEntry {
  band: Band | null;
  figures: RegionFigure[];
}

/**
 * The legend: every band of each scale in use, in order (empty bands too, so the scale reads whole), each with the
 * regions in it; then the regions without a figure. Attainment comes first: a target is what the figure is read by.
 */
export function legendOf(figures: RegionFigure[]): LegendEntry[] {
  const byBand = new Map<Band | null, RegionFigure[]>();
  for (const figure of figures) {
    const band = bandOf(figure);
    byBand.set(band, [...(byBand.get(band) ?? []), figure]);
  }
  const scalesInUse = new Set([...byBand.keys()].map((band) => band?.scale));
  const entries: LegendEntry[] = [];
  for (const bands of [ATTAINMENT_BANDS, VALUE_BANDS]) {
    if (!scalesInUse.has(bands[0].scale)) continue;
    for (const band of bands) entries.push({ band, figures: byBand.get(band) ?? [] });
  }
  const noData = byBand.get(null);
  if (noData) entries.push({ band: null, figures: noData });
  return entries;
}

/** The figures whose region has an outline to draw, and those that have none: listed under the map, never dropped. */
export function splitByOutline(figures: RegionFigure[], outlineCodes: ReadonlySet<string>) {
  return {
    drawn: figures.filter((figure) => outlineCodes.has(figure.code)),
    withoutOutline: figures.filter((figure) => !outlineCodes.has(figure.code)),
  };
}
