import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { AddPersonInput, Program, Segment } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { describeError } from '../../shared/ui';
import { AddPersonMutation } from './operations';

export interface PositionOption {
  code: string;
  name: string;
  segment: Segment;
}

/** Input field names as the API reports them in UserError.field. */
export const PERSON_FIELDS = [
  'fullName',
  'nik',
  'positionCode',
  'termStart',
  'termEnd',
  'enrollment.kpj',
  'enrollment.programs',
  'enrollment.startDate',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

const PROGRAMS: Program[] = ['JKK', 'JKM', 'JHT', 'JP'];
const DEFAULT_PROGRAMS: Program[] = ['JKK', 'JKM'];
const SEGMENTS: Segment[] = ['APARATUR_DESA', 'BPD', 'EKOSISTEM_DESA'];

/** Maps an API field name ("nik", "input.enrollment.kpj", "Enrollment.Kpj") to a form field. */
export function fieldOf(apiField: string | null | undefined): PersonField | null {
  if (!apiField) return null;
  const normalized = apiField.replace(/^input\./i, '').toLowerCase();
  return PERSON_FIELDS.find((f) => f.toLowerCase() === normalized) ?? null;
}

interface FormValues {
  fullName: string;
  nik: string;
  positionCode: string;
  termStart: string;
  termEnd: string;
  kpj: string;
  programs: Program[];
  enrollmentStart: string;
}

const EMPTY: FormValues = {
  fullName: '',
  nik: '',
  positionCode: '',
  termStart: '',
  termEnd: '',
  kpj: '',
  programs: DEFAULT_PROGRAMS,
  enrollmentStart: '',
};

export function toAddPersonInput(villageCode: string, v: FormValues): AddPersonInput {
  const enrolled = v.kpj.trim() !== '' || v.enrollmentStart !== '';
  return {
    villageCode,
    fullName: v.fullName.trim(),
    nik: v.nik.trim(),
    positionCode: v.positionCode,
    termStart: v.termStart,
    termEnd: v.termEnd || null,
    enrollment: enrolled
      ? { kpj: v.kpj.trim(), programs: PROGRAMS.filter((p) => v.programs.includes(p)), startDate: v.enrollmentStart }
      : null,
  };
}

interface Props {
  villageCode: string;
  positions: PositionOption[];
  onAdded: (name: string) => void;
}

export function AddPersonForm({ villageCode, positions, onAdded }: Props) {
  const { t } = useI18n();
  const uid = useId();
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<PersonField, string[]>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));

  const idOf = (field: PersonField) => `person-${field.replace('.', '-')}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setSaved(null);
    setFormErrors([]);
    setFieldErrors({});
    try {
      const data = await execute(AddPersonMutation, { input: toAddPersonInput(villageCode, values) });
      const { person, errors } = data.addPerson;
      if (errors.length > 0) {
        const byField: Partial<Record<PersonField, string[]>> = {};
        const general: string[] = [];
        for (const error of errors) {
          const field = fieldOf(error.field);
          if (field) (byField[field] ??= []).push(error.message);
          else general.push(error.message);
        }
        setFieldErrors(byField);
        setFormErrors(general);
        const first = PERSON_FIELDS.find((f) => byField[f]);
        if (first) {
          document.getElementById(idOf(first))?.focus();
        }
        return;
      }
      const name = person?.fullName ?? values.fullName;
      setValues(EMPTY);
      setSaved(name);
      onAdded(name);
    } catch (error) {
      setFormErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  const describedBy = (field: PersonField, hint?: boolean) =>
    [hint ? `${idOf(field)}-hint` : null, fieldErrors[field] ? `${idOf(field)}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;

  const errorFor = (field: PersonField) =>
    fieldErrors[field] ? (
      <p id={`${idOf(field)}-error`} className="field-error">
        {fieldErrors[field]!.join(' ')}
      </p>
    ) : null;

  const invalid = (field: PersonField) => (fieldErrors[field] ? true : undefined);

  const nikDigits = values.nik.replace(/\D/g, '').length;
  const nikHint =
    values.nik !== '' && /\D/.test(values.nik)
      ? t('person.nik.notDigits')
      : values.nik !== '' && nikDigits !== 16
        ? t('person.nik.count', { n: nikDigits })
        : t('person.nik.hint');

  const hasErrors = formErrors.length > 0 || Object.keys(fieldErrors).length > 0;
  const headingId = `${uid}-heading`;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('person.form.title')}</h2>
      <p className="muted small">{t('person.form.intro')}</p>
      <form onSubmit={handleSubmit} noValidate>
        {hasErrors && (
          <div className="notice notice-error" role="alert" id="person-form-errors">
            <p>{t('person.errors.title')}</p>
            {formErrors.length > 0 ? (
              <ul>
                {formErrors.map((message, i) => (
                  <li key={i}>{message}</li>
                ))}
              </ul>
            ) : (
              <p>{t('person.errors.fix')}</p>
            )}
          </div>
        )}
        {saved && (
          <p className="notice notice-ok" role="status">
            {t('person.saved', { name: saved })}
          </p>
        )}

        <div className="grid-2">
          <Field id={idOf('fullName')} label={t('person.fullName')} required error={errorFor('fullName')}>
            <input
              id={idOf('fullName')}
              name="fullName"
              autoComplete="off"
              required
              aria-invalid={invalid('fullName')}
              aria-describedby={describedBy('fullName')}
              value={values.fullName}
              onChange={(e) => set('fullName', e.target.value)}
            />
          </Field>

          <Field
            id={idOf('nik')}
            label={t('person.nik')}
            required
            hint={nikHint}
            error={errorFor('nik')}
          >
            <input
              id={idOf('nik')}
              name="nik"
              inputMode="numeric"
              autoComplete="off"
              maxLength={16}
              pattern="\d{16}"
              required
              aria-invalid={invalid('nik')}
              aria-describedby={describedBy('nik', true)}
              value={values.nik}
              onChange={(e) => set('nik', e.target.value)}
            />
          </Field>

          <Field id={idOf('positionCode')} label={t('person.position')} required error={errorFor('positionCode')}>
            <select
              id={idOf('positionCode')}
              name="positionCode"
              required
              aria-invalid={invalid('positionCode')}
              aria-describedby={describedBy('positionCode')}
              value={values.positionCode}
              onChange={(e) => set('positionCode', e.target.value)}
            >
              <option value="">{t('person.position.choose')}</option>
              {SEGMENTS.map((segment) => {
                const options = positions.filter((p) => p.segment === segment);
                if (options.length === 0) return null;
                return (
                  <optgroup key={segment} label={t(`segment.${segment}`)}>
                    {options.map((p) => (
                      <option key={p.code} value={p.code}>
                        {p.name}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </Field>

          <div className="grid-2 inner">
            <Field id={idOf('termStart')} label={t('person.termStart')} required error={errorFor('termStart')}>
              <input
                id={idOf('termStart')}
                name="termStart"
                type="date"
                required
                aria-invalid={invalid('termStart')}
                aria-describedby={describedBy('termStart')}
                value={values.termStart}
                onChange={(e) => set('termStart', e.target.value)}
              />
            </Field>
            <Field id={idOf('termEnd')} label={t('person.termEnd')} error={errorFor('termEnd')}>
              <input
                id={idOf('termEnd')}
                name="termEnd"
                type="date"
                aria-invalid={invalid('termEnd')}
                aria-describedby={describedBy('termEnd')}
                value={values.termEnd}
                onChange={(e) => set('termEnd', e.target.value)}
              />
            </Field>
          </div>
        </div>

        <fieldset className="enrollment">
          <legend>{t('person.enrollment')}</legend>
          <p className="hint">{t('person.enrollment.hint')}</p>
          <div className="grid-2">
            <Field id={idOf('enrollment.kpj')} label={t('person.kpj')} hint={t('person.kpj.hint')} error={errorFor('enrollment.kpj')}>
              <input
                id={idOf('enrollment.kpj')}
                name="enrollment.kpj"
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={invalid('enrollment.kpj')}
                aria-describedby={describedBy('enrollment.kpj', true)}
                value={values.kpj}
                onChange={(e) => set('kpj', e.target.value)}
              />
            </Field>
            <Field
              id={idOf('enrollment.startDate')}
              label={t('person.enrollmentStart')}
              error={errorFor('enrollment.startDate')}
            >
              <input
                id={idOf('enrollment.startDate')}
                name="enrollment.startDate"
                type="date"
                aria-invalid={invalid('enrollment.startDate')}
                aria-describedby={describedBy('enrollment.startDate')}
                value={values.enrollmentStart}
                onChange={(e) => set('enrollmentStart', e.target.value)}
              />
            </Field>
          </div>
          <fieldset
            className="programs"
            id={idOf('enrollment.programs')}
            tabIndex={-1}
            aria-invalid={invalid('enrollment.programs')}
            aria-describedby={describedBy('enrollment.programs')}
          >
            <legend>{t('person.programs')}</legend>
            {PROGRAMS.map((program) => {
              const id = `person-program-${program}`;
              return (
                <div className="check" key={program}>
                  <input
                    id={id}
                    type="checkbox"
                    name="enrollment.programs"
                    value={program}
                    checked={values.programs.includes(program)}
                    onChange={(e) =>
                      set(
                        'programs',
                        e.target.checked
                          ? [...values.programs, program]
                          : values.programs.filter((p) => p !== program),
                      )
                    }
                  />
                  <label htmlFor={id}>{t(`person.program.${program}` as MessageKey)}</label>
                </div>
              );
            })}
            {errorFor('enrollment.programs')}
          </fieldset>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('person.submitting') : t('person.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Field({
  id,
  label,
  required,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error}
    </div>
  );
}
