import { isMessageKey, useI18n, type Lang, type Translate } from '../../shared/i18n';
import { formatDate, formatRupiah } from '../../shared/format';

/** A FieldChange as the API sends it: the input's field name, and both sides as text. */
export interface FieldChange {
  field: string;
  before?: string | null;
  after?: string | null;
}

/** Fields the server sends as ISO dates (FieldChange before/after are text). */
const DATE_FIELDS = new Set(['birthDate', 'termStart', 'termEnd', 'skDate', 'enrollment.startDate']);
/** Fields whose values are enum names we have words for. */
const ENUM_FIELDS = new Set(['sex', 'appointment', 'enrollment.status']);

/** "termEnd" → "Akhir masa jabatan"; an unknown field keeps its name. */
export function fieldLabel(t: Translate, field: string): string {
  const key = `review.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

/** One side of a FieldChange as a reader reads it; null is "(kosong)". */
export function fieldValue(
  t: Translate,
  lang: Lang,
  field: string,
  value: string | null | undefined,
  positionName: (code: string) => string = (code) => code,
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
    return isMessageKey(key) ? t(key) : value;
  }
  return value;
}

/**
 * The one rendering of field changes (import dry run, review page): "Label: before → after", or "Label: value" where
 * there was nothing before — unless `emptyBefore` asks to show that as "(kosong) → value" (a change to an official entry).
 */
export function FieldChanges({
  fields,
  emptyBefore = false,
  positionName,
  label,
}: {
  fields: ReadonlyArray<FieldChange>;
  emptyBefore?: boolean;
  positionName?: (code: string) => string;
  label?: string;
}) {
  const { t, lang } = useI18n();
  if (fields.length === 0) return <span className="muted">{t('common.dash')}</span>;
  return (
    <ul className="fields-diff" aria-label={label}>
      {fields.map((f) => (
        <li key={f.field}>
          {fieldLabel(t, f.field)}:{' '}
          {(f.before != null || emptyBefore) && (
            <>
              <del>{fieldValue(t, lang, f.field, f.before, positionName)}</del> →{' '}
            </>
          )}
          <ins>{fieldValue(t, lang, f.field, f.after, positionName)}</ins>
        </li>
      ))}
    </ul>
  );
}
