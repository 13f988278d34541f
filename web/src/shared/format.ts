import type { Lang } from './i18n';

// Numbers are always written the Indonesian way (Rp16.800, 60,80%), whatever the UI
// language: these are official figures that get copied into Indonesian reports.
// Dates follow the UI language for month names, in the time zone of the user's region (WIB, WITA or WIT), which the
// server says (`me.timeZone`); until then, Jakarta's.
const NUMBER_LOCALE = 'id-ID';
let timeZone = 'Asia/Jakarta';

/** The zone times and "today" are shown in: the signed-in user's region's, from `me.timeZone`. */
export function showTimesIn(zone: string): void {
  timeZone = zone;
}

/** The user's zone as an ISO 8601 offset ("+08:00"), to send the start of a day there. */
export function zoneOffset(): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value;
  return name?.replace(/^GMT/, '') || '+00:00';
}

/** Today as yyyy-MM-dd where the user's region is, to compare with GraphQL dates. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

const integerFormat = new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat(NUMBER_LOCALE, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

function dateLocale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

export function formatInteger(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '–';
  return integerFormat.format(value);
}

/** Rupiah without decimals, e.g. 16800 → "Rp16.800". */
export function formatRupiah(amount: number | null | undefined): string {
  if (amount == null || Number.isNaN(amount)) return '–';
  const rounded = Math.round(amount);
  const sign = rounded < 0 ? '-' : '';
  return `${sign}Rp${integerFormat.format(Math.abs(rounded))}`;
}

/** A percentage given in percent points (60.8 means 60.8 %), e.g. "60,80%". */
export function formatPercent(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '–';
  return `${percentFormat.format(value)}%`;
}

/** Percentage points, unsigned, e.g. 2.5 → "2,50". */
export function formatPoints(value: number): string {
  return percentFormat.format(Math.abs(value));
}

/** A gap to target with its sign: +1,20 above, −0,80 below; a dash without one. */
export function formatGap(gap: number | null | undefined): string {
  return gap == null ? '–' : `${gap >= 0 ? '+' : '−'}${formatPoints(gap)}`;
}

/** A share of two counts as percent points; null when the denominator is 0. */
export function ratioPercent(part: number, whole: number): number | null {
  if (!whole) return null;
  return (part / whole) * 100;
}

/** A GraphQL `Date` (yyyy-MM-dd), shown as a calendar date with no time-zone shift. */
export function formatDate(value: string | null | undefined, lang: Lang = 'id'): string {
  if (!value) return '–';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(dateLocale(lang), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A month as the API writes it (yyyy-MM), e.g. "2024-05" → "Mei 2024". */
export function formatMonth(value: string | null | undefined, lang: Lang = 'id'): string {
  if (!value) return '–';
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(dateLocale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A GraphQL `DateTime` (ISO 8601 with offset), shown in the user's time zone. */
export function formatDateTime(value: string | null | undefined, lang: Lang = 'id'): string {
  if (!value) return '–';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(dateLocale(lang), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}

/** Show only the kecamatan prefix and the serial of a NIK, whatever the server sent. */
export function maskNik(nik: string | null | undefined): string {
  if (!nik) return '–';
  if (nik.includes('*')) return nik; // already masked by the server
  if (!/^\d{16}$/.test(nik)) return nik.replace(/\d(?=\d{4})/g, '*');
  return `${nik.slice(0, 6)}******${nik.slice(12)}`;
}

const sizeFormat = new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 1 });

/** A file size in decimal units, as file managers and people say it: 4_314_343 → "4,3 MB", 2_048 → "2 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${integerFormat.format(bytes)} B`;
  if (bytes < 1_000_000) return `${sizeFormat.format(bytes / 1000)} KB`;
  return `${sizeFormat.format(bytes / 1_000_000)} MB`;
}

/** "Dalam Kaum (61.01.01.2001)", or the code alone when the name is not known. */
export function villageLabel(code: string, name?: string | null): string {
  return name ? `${name} (${code})` : code;
}
