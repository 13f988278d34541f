import { formatDate, formatRupiah } from '../../shared/format';
import { useI18n, type Lang, type MessageKey, type Translate } from '../../shared/i18n';

/** The form labels of the fields a FieldChange names (the input's field names). */
const FIELD_LABELS: Record<string, MessageKey> = {
  fullName: 'person.fullName',
  nik: 'person.nik',
  sex: 'person.sex',
  birthDate: 'person.birthDate',
  phone: 'person.phone',
  positionCode: 'person.position',
  termStart: 'person.termStart',
  termEnd: 'roster.term.end',
  skNumber: 'person.skNumber',
  skDate: 'person.skDate',
  appointment: 'person.appointment',
  nikNote: 'person.nikNote',
  'enrollment.kpj': 'person.kpj',
  'enrollment.scheme': 'person.scheme',
  'enrollment.programs': 'person.programs',
  'enrollment.wageBase': 'person.wageBase',
  'enrollment.startDate': 'person.enrollmentStart',
  'enrollment.status': 'person.enrollmentStatus',
};

const ENUM_LABELS: Record<string, string> = {
  sex: 'person.sex.',
  appointment: 'person.appointment.',
  'enrollment.status': 'enrollment.status.',
};

export function fieldLabel(t: Translate, field: string): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

/** A field's value as text: dates and rupiah formatted, enum values named (the API sends "Female", "ACTING", …). */
export function fieldValue(t: Translate, lang: Lang, field: string, value: string | null | undefined): string {
  if (value == null || value === '') return t('common.dash');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  if (field === 'enrollment.wageBase' && !Number.isNaN(Number(value))) return formatRupiah(Number(value));
  const prefix = ENUM_LABELS[field];
  if (prefix) {
    const key = `${prefix}${value.toUpperCase()}` as MessageKey;
    const text = t(key);
    if (text !== key) return text;
  }
  if (field === 'nik' && /^\d{16}$/.test(value)) return `${value.slice(0, 6)}******${value.slice(12)}`;
  return value;
}

export function FieldChanges({
  fields,
}: {
  fields: ReadonlyArray<{ field: string; before?: string | null; after?: string | null }>;
}) {
  const { t, lang } = useI18n();
  if (fields.length === 0) return <span className="muted">{t('common.dash')}</span>;
  return (
    <ul className="fields-diff">
      {fields.map((f) => (
        <li key={f.field}>
          {fieldLabel(t, f.field)}:{' '}
          {f.before != null && (
            <>
              <del>{fieldValue(t, lang, f.field, f.before)}</del> →{' '}
            </>
          )}
          <ins>{fieldValue(t, lang, f.field, f.after)}</ins>
        </li>
      ))}
    </ul>
  );
}
