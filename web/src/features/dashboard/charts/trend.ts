import type { Lang } from '../../../shared/i18n';

/** One month's figure: `month` is yyyy-MM, `value` in percent. */
export interface TrendPoint {
  month: string;
  value: number;
}

/** A target for a calendar year, in percent: it holds for every month of that year. */
export interface YearTarget {
  year: number;
  value: number;
}

export interface TrendRow {
  month: string;
  actual: number | null;
  target: number | null;
  projection: number | null;
}

/** Every month from the first figure to the last, actual or projected, with the target of its year. */
export function trendRows(series: TrendPoint[], targets: YearTarget[], projection: TrendPoint[] = []): TrendRow[] {
  const months = [...series, ...projection].map((point) => point.month).sort();
  if (!months.length) return [];
  const actual = new Map(series.map((point) => [point.month, point.value]));
  const projected = new Map(projection.map((point) => [point.month, point.value]));
  const targetOf = new Map(targets.map((target) => [target.year, target.value]));
  return monthsBetween(months[0], months[months.length - 1]).map((month) => ({
    month,
    actual: actual.get(month) ?? null,
    target: targetOf.get(Number(month.slice(0, 4))) ?? null,
    projection: projected.get(month) ?? null,
  }));
}

export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  for (let current = first; current <= last; current = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(current);
    month = (month % 12) + 1;
    if (month === 1) year += 1;
  }
  return months;
}

/**
 * The projection as drawn: it starts from the last actual month, so the dashed line continues the solid one
 * instead of floating beside it.
 */
export function projectionLine(rows: TrendRow[]): (number | null)[] {
  if (rows.every((row) => row.projection == null)) return rows.map(() => null);
  const lastActual = rows.reduce((last, row, i) => (row.actual != null ? i : last), -1);
  return rows.map((row, i) => (i === lastActual && row.projection == null ? row.actual : row.projection));
}

const monthFormats: Record<Lang, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** yyyy-MM as the month's short name and year ("Mar 2026"). */
export function formatMonth(month: string, lang: Lang): string {
  const [year, index] = month.split('-').map(Number);
  return monthFormats[lang].format(new Date(Date.UTC(year, index - 1, 1)));
}
