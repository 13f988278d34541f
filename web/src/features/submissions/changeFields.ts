import { dictionaries, type Lang, type MessageKey, type Translate } from '../../shared/i18n';
import { formatDate, formatRupiah } from '../../shared/format';

/** Fields the server sends as ISO dates (FieldChange before/after are text). */
const DATE_FIELDS = new Set(['birthDate', 'termStart', 'termEnd', 'skDate', 'enrollment.startDate']);
/** Fields whose values are enum names we have words for. */
const ENUM_FIELDS = new Set(['sex', 'appointment', 'enrollment.status']);

function has(key: string): key is MessageKey {
  return key in dictionaries.id;
}

/** "termEnd" → "Akhir masa jabatan"; an unknown field keeps its name. */
export function fieldLabel(t: Translate, field: string): string {
  const key = `review.field.${field}`;
  return has(key) ? t(key) : field;
}

/** One side of a FieldChange as a reader reads it; null is "(kosong)". */
export function fieldValue(
  t: Translate,
  lang: Lang,
  field: string,
  value: string | null | undefined,
  positionName: (code: string) => string,
): string {
  if (value == null || value === '') return t('review.value.empty');
  if (DATE_FIELDS.has(field)) return formatDate(value, lang);
  if (field === 'positionCode') return positionName(value);
  if (field === 'enrollment.wageBase') {
    const amount = Number(value);
    return Number.isNaN(amount) ? value : formatRupiah(amount);
  }
  // Enum names may come as the server's C# names (Jkk, Female, Pu): shown as the schema spells them.
  if (field === 'enrollment.programs') return value.split(',').map((p) => p.trim().toUpperCase()).join(', ');
  if (field === 'enrollment.scheme') return value.toUpperCase();
  if (ENUM_FIELDS.has(field)) {
    const key = `review.value.${value.toUpperCase()}`;
    return has(key) ? t(key) : value;
  }
  return value;
}

