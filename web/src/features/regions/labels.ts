import type { RegionKind, RegionLevel } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import type { Lang, Translate } from '../../shared/i18n';

const KINDS: RegionKind[] = ['KABUPATEN', 'KOTA', 'DESA', 'KELURAHAN', 'DESA_ADAT'];
const CHANGE_KINDS = ['ADDED', 'RENAMED', 'RECLASSIFIED', 'RETIRED', 'RESTORED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** What a region is, as people say it: its kind when it has one (Kota, Desa adat), else its level (Kecamatan). */
export function regionTypeLabel(t: Translate, level: RegionLevel, kind: RegionKind | null | undefined): string {
  return kind ? t(`region.kind.${kind}`) : t(`region.level.${level}`);
}

/** Display order of the counts table: regencies, districts, villages. */
export function countOrder(level: RegionLevel, kind: RegionKind | null): number {
  const levels: RegionLevel[] = ['PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'];
  return levels.indexOf(level) * 10 + (kind ? KINDS.indexOf(kind) + 1 : 0);
}

/** The import report says "renamed", the history RENAMED; both get the same label. */
export function changeKindLabel(t: Translate, kind: string): string {
  const upper = kind.toUpperCase();
  return (CHANGE_KINDS as readonly string[]).includes(upper) ? t(`region.change.${upper as ChangeKind}`) : kind;
}

/** Old/new values of a change: dates (retired, restored) as dates, kind words ("desa adat") as labels. */
export function changeValue(t: Translate, lang: Lang, kind: string, value: string | null | undefined): string {
  if (value == null || value === '') return t('common.dash');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  if (kind.toUpperCase() === 'RECLASSIFIED') {
    const asEnum = value.toUpperCase().replace(/\s+/g, '_') as RegionKind;
    if (KINDS.includes(asEnum)) return t(`region.kind.${asEnum}`);
  }
  return value;
}

/** Whether the user may open a region's page (their own region and everything under it; all of it from the country, ""). */
export function inScope(scopeCode: string, code: string): boolean {
  return scopeCode === '' || code === scopeCode || code.startsWith(`${scopeCode}.`);
}

export const REGION_LEVELS: RegionLevel[] = ['PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'];

export function exportUrl(code: string, format: 'csv' | 'xlsx'): string {
  return `/api/regions/export?root=${encodeURIComponent(code)}&format=${format}`;
}
