import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type {
  AddPersonInput,
  Appointment,
  EnrollmentStatus,
  PersonQuery as PersonData,
  Program,
  Scheme,
  Segment,
  Sex,
  UpdatePersonInput,
} from '../../gql/graphql';
import { formatInteger, formatRupiah } from '../../shared/format';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey, type Translate } from '../../shared/i18n';
import { describeError, userErrorText } from '../../shared/ui';
import { AddPersonMutation, UpdatePersonMutation } from './operations';

export interface PositionOption {
  code: string;
  name: string;
  segment: Segment;
  defaultWageBase?: number;
}

/** Input field names as the API reports them in UserError.field, in the order the form shows them. */
export const PERSON_FIELDS = [
  'fullName',
  'nik',
  'sex',
  'birthDate',
  'phone',
  'nikNote',
  'positionCode',
  'appointment',
  'termStart',
  'termEnd',
  'skNumber',
  'skDate',
  'enrollment.kpj',
  'enrollment.startDate',
  'enrollment.status',
  'enrollment.scheme',
  'enrollment.wageBase',
  'enrollment.programs',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
type FieldErrors = Partial<Record<PersonField, string[]>>;

export const PROGRAMS: Program[] = ['JKK', 'JKM', 'JHT', 'JP'];
const DEFAULT_PROGRAMS: Program[] = ['JKK', 'JKM'];
export const SEGMENTS: Segment[] = ['APARATUR_DESA', 'BPD', 'EKOSISTEM_DESA'];
const ENROLLMENT_STATUSES: EnrollmentStatus[] = ['ACTIVE', 'INACTIVE', 'ENDED'];
export const SCHEMES: Scheme[] = ['PU', 'BPU'];

/** Maps an API field name ("nik", "input.enrollment.kpj", "Enrollment.Kpj") to a form field. */
export function fieldOf(apiField: string | null | undefined): PersonField | null {
  if (!apiField) return null;
  const normalized = apiField.replace(/^input\./i, '').toLowerCase();
  return PERSON_FIELDS.find((f) => f.toLowerCase() === normalized) ?? null;
}

export interface FormValues {
  fullName: string;
  nik: string;
  /** '' until chosen or known from the NIK; the server then takes the NIK's. */
  sex: Sex | '';
  birthDate: string;
  phone: string;
  nikNote: string;
  positionCode: string;
  appointment: Appointment;
  termStart: string;
  termEnd: string;
  skNumber: string;
  skDate: string;
  kpj: string;
  programs: Program[];
  enrollmentStart: string;
  enrollmentStatus: EnrollmentStatus;
  scheme: Scheme;
  /** Monthly rupiah as typed ("2.500.000"); '' = the position's default wage base. */
  wageBase: string;
}

export const EMPTY: FormValues = {
  fullName: '',
  nik: '',
  sex: '',
  birthDate: '',
  phone: '',
  nikNote: '',
  positionCode: '',
  appointment: 'DEFINITIVE',
  termStart: '',
  termEnd: '',
  skNumber: '',
  skDate: '',
  kpj: '',
  programs: DEFAULT_PROGRAMS,
  enrollmentStart: '',
  enrollmentStatus: 'ACTIVE',
  scheme: 'PU',
  wageBase: '',
};

type Person = NonNullable<PersonData['person']>;

/** The edit form's starting values: the version being changed. */
export function valuesOf(person: Person): FormValues {
  return {
    fullName: person.fullName,
    nik: person.nik,
    sex: person.sex,
    birthDate: person.birthDate ?? '',
    phone: person.phone ?? '',
    nikNote: person.nikNote ?? '',
    positionCode: person.position.code,
    appointment: person.appointment,
    termStart: person.termStart,
    termEnd: person.termEnd ?? '',
    skNumber: person.skNumber ?? '',
    skDate: person.skDate ?? '',
    kpj: person.enrollment?.kpj ?? '',
    programs: person.enrollment?.programs ?? DEFAULT_PROGRAMS,
    enrollmentStart: person.enrollment?.startDate ?? '',
    enrollmentStatus: person.enrollment?.status ?? 'ACTIVE',
    scheme: person.enrollment?.scheme ?? 'PU',
    // The position's default shows as empty, so that another position brings its own default.
    wageBase:
      person.enrollment && person.enrollment.wageBase !== person.position.defaultWageBase
        ? formatInteger(person.enrollment.wageBase)
        : '',
  };
}

/**
 * A wage base as typed: whole rupiah, with or without thousands dots and "Rp" ("2.500.000", "Rp2500000").
 * null when empty (the position's default), NaN when it is not a positive amount.
 */
export function parseRupiah(text: string): number | null {
  const s = text.replace(/\s+/g, '').replace(/^rp\.?/i, '');
  if (s === '') return null;
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(s)) return Number.NaN;
  const amount = Number(s.replace(/\./g, ''));
  return amount > 0 && Number.isSafeInteger(amount) ? amount : Number.NaN;
}

/** What the NIK says: digits 7–8 are the day of birth (+ 40 for women), 9–10 the month, 11–12 the year. */
export function fromNik(nik: string, today = new Date()): { sex: Sex; birthDate: string } | null {
  if (!/^\d{16}$/.test(nik)) return null;
  let day = Number(nik.slice(6, 8));
  const sex: Sex = day > 40 ? 'FEMALE' : 'MALE';
  if (day > 40) day -= 40;
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const year = 2000 + yy > today.getFullYear() ? 1900 + yy : 2000 + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCDate() !== day) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { sex, birthDate: `${year}-${pad(month)}-${pad(day)}` };
}

type PersonFields = Omit<AddPersonInput, 'villageCode'>;

export function toPersonFields(v: FormValues): PersonFields {
  const enrolled = v.kpj.trim() !== '' || v.enrollmentStart !== '';
  const wageBase = parseRupiah(v.wageBase);
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    fullName: v.fullName.trim(),
    nik: v.nik.trim(),
    sex: v.sex || null,
    birthDate: v.birthDate || null,
    phone: text(v.phone),
    positionCode: v.positionCode,
    termStart: v.termStart,
    termEnd: v.termEnd || null,
    skNumber: text(v.skNumber),
    skDate: v.skDate || null,
    appointment: v.appointment,
    nikNote: text(v.nikNote),
    enrollment: enrolled
      ? {
          kpj: v.kpj.trim(),
          programs: PROGRAMS.filter((p) => v.programs.includes(p)),
          startDate: v.enrollmentStart,
          status: v.enrollmentStatus,
          scheme: v.scheme,
          // Left out when empty: the server then takes the position's default wage base.
          ...(wageBase != null ? { wageBase } : {}),
        }
      : null,
  };
}

export function toAddPersonInput(villageCode: string, v: FormValues): AddPersonInput {
  return { villageCode, ...toPersonFields(v) };
}

export function toUpdatePersonInput(personId: string, v: FormValues): UpdatePersonInput {
  return { personId, ...toPersonFields(v) };
}

/** Checks the browser can make before asking the server (which checks everything again). */
export function clientErrors(v: FormValues, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const required = t('person.required');
  if (v.fullName.trim() === '') errors.fullName = [required];
  if (!/^\d{16}$/.test(v.nik.trim())) errors.nik = [t('person.nik.invalid')];
  if (v.positionCode === '') errors.positionCode = [required];
  if (v.termStart === '') errors.termStart = [required];
  const kpj = v.kpj.trim();
  if (kpj !== '' && !/^\d{1,20}$/.test(kpj)) errors['enrollment.kpj'] = [t('person.kpj.invalid')];
  if (kpj === '' && v.enrollmentStart !== '') errors['enrollment.kpj'] = [t('person.kpj.missing')];
  else if (kpj === '' && v.wageBase.trim() !== '') errors['enrollment.kpj'] = [t('person.kpj.missing.wageBase')];
  if (kpj !== '' && v.enrollmentStart === '') errors['enrollment.startDate'] = [t('person.enrollmentStart.missing')];
  if (kpj !== '' && v.programs.length === 0) errors['enrollment.programs'] = [t('person.programs.missing')];
  if (Number.isNaN(parseRupiah(v.wageBase))) errors['enrollment.wageBase'] = [t('person.wageBase.invalid')];
  return errors;
}

export interface SavedPerson {
  id: string;
  fullName: string;
}

type Props =
  | {
      mode: 'add';
      villageCode: string;
      positions: PositionOption[];
      onSaved?: (person: SavedPerson) => void;
    }
  | {
      mode: 'edit';
      person: Person;
      positions: PositionOption[];
      onSaved: (person: SavedPerson) => void;
      cancelTo: string;
    };

/** The add form (a new entry in the village's draft) and the edit form (a draft change of an entry). */
export function PersonForm(props: Props) {
  const { t, lang } = useI18n();
  const uid = useId();
  const { positions } = props;
  const initial = props.mode === 'edit' ? valuesOf(props.person) : EMPTY;
  const [values, setValues] = useState<FormValues>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<SavedPerson | null>(null);
  const [nikElsewhere, setNikElsewhere] = useState(false);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));

  /** A new NIK brings its sex and birth date, unless they were set to something else by hand. */
  function setNik(nik: string) {
    setValues((prev) => {
      const before = fromNik(prev.nik);
      const after = fromNik(nik);
      if (!after) return { ...prev, nik };
      return {
        ...prev,
        nik,
        sex: prev.sex === '' || prev.sex === before?.sex ? after.sex : prev.sex,
        birthDate: prev.birthDate === '' || prev.birthDate === before?.birthDate ? after.birthDate : prev.birthDate,
      };
    });
  }

  const idOf = (field: PersonField) => `person-${field.replace('.', '-')}`;

  function showErrors(byField: FieldErrors, general: string[]) {
    setFieldErrors(byField);
    setFormErrors(general);
    const first = PERSON_FIELDS.find((f) => byField[f]);
    if (first) document.getElementById(idOf(first))?.focus();
    else document.getElementById(`${uid}-errors`)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const local = clientErrors(values, t);
    if (Object.keys(local).length > 0) {
      showErrors(local, []);
      return;
    }
    setBusy(true);
    setFormErrors([]);
    setFieldErrors({});
    try {
      const { person, errors } =
        props.mode === 'add'
          ? (await execute(AddPersonMutation, { input: toAddPersonInput(props.villageCode, values) })).addPerson
          : (await execute(UpdatePersonMutation, { input: toUpdatePersonInput(props.person.id, values) }))
              .updatePerson;
      if (errors.length > 0) {
        const byField: FieldErrors = {};
        const general: string[] = [];
        for (const error of errors) {
          const field = fieldOf(error.field);
          const text = userErrorText(t, lang, error);
          if (field) (byField[field] ??= []).push(text);
          else general.push(text);
        }
        if (errors.some((e) => e.code === 'NIK_HELD_ELSEWHERE')) setNikElsewhere(true);
        showErrors(byField, general);
        return;
      }
      const result = { id: person?.id ?? '', fullName: person?.fullName ?? values.fullName };
      if (props.mode === 'add') {
        setValues(EMPTY);
        setNikElsewhere(false);
        setSaved(result);
      }
      props.onSaved?.(result);
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

  /** The common attributes of an input for a field. */
  const attrs = (field: PersonField, hint?: boolean) => ({
    id: idOf(field),
    name: field,
    'aria-invalid': invalid(field),
    'aria-describedby': describedBy(field, hint),
  });

  const nikDigits = values.nik.replace(/\D/g, '').length;
  const nikHint =
    values.nik !== '' && /\D/.test(values.nik)
      ? t('person.nik.notDigits')
      : values.nik !== '' && nikDigits !== 16
        ? t('person.nik.count', { n: nikDigits })
        : t('person.nik.hint');
  const nikSays = fromNik(values.nik);
  const defaultWageBase = positions.find((p) => p.code === values.positionCode)?.defaultWageBase;
  const wageBaseHint =
    defaultWageBase != null && defaultWageBase > 0
      ? t('person.wageBase.hint.default', { amount: formatRupiah(defaultWageBase) })
      : t('person.wageBase.hint');

  const hasErrors = formErrors.length > 0 || Object.keys(fieldErrors).length > 0;
  const headingId = `${uid}-heading`;
  const official = props.mode === 'edit' && props.person.status === 'OFFICIAL';

  return (
    <section className="panel person-form" aria-labelledby={headingId}>
      {props.mode === 'add' ? (
        <h2 id={headingId}>{t('person.form.title')}</h2>
      ) : (
        <h1 id={headingId}>{t('person.edit.title', { name: props.person.fullName })}</h1>
      )}
      {official && <p className="notice notice-warn">{t('person.edit.official')}</p>}
      <p className="muted small">{t('person.form.intro')}</p>
      <form onSubmit={handleSubmit} noValidate>
        {hasErrors && (
          <div className="notice notice-error" role="alert" id="person-form-errors" tabIndex={-1}>
            <p id={`${uid}-errors`}>{t('person.errors.title')}</p>
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
          <div className="notice notice-ok" role="status">
            <p>{t('person.saved', { name: saved.fullName })}</p>
            {saved.id && (
              <p>
                <Link to={`/roster/person/${saved.id}`}>{t('person.saved.open', { name: saved.fullName })}</Link>
              </p>
            )}
          </div>
        )}

        <fieldset>
          <legend>{t('person.section.identity')}</legend>
          <div className="grid-2">
            <Field id={idOf('fullName')} label={t('person.fullName')} required error={errorFor('fullName')}>
              <input
                {...attrs('fullName')}
                autoComplete="off"
                required
                value={values.fullName}
                onChange={(e) => set('fullName', e.target.value)}
              />
            </Field>

            <Field id={idOf('nik')} label={t('person.nik')} required hint={nikHint} error={errorFor('nik')}>
              <input
                {...attrs('nik', true)}
                inputMode="numeric"
                autoComplete="off"
                maxLength={16}
                pattern="\d{16}"
                required
                value={values.nik}
                onChange={(e) => setNik(e.target.value)}
              />
            </Field>

            <div className="grid-2 inner">
              <Field
                id={idOf('sex')}
                label={t('person.sex')}
                hint={nikSays ? t('person.fromNik', { value: t(`person.sex.${nikSays.sex}`) }) : undefined}
                error={errorFor('sex')}
              >
                <select
                  {...attrs('sex', !!nikSays)}
                  value={values.sex}
                  onChange={(e) => set('sex', e.target.value as Sex | '')}
                >
                  <option value="">{t('person.sex.fromNik')}</option>
                  <option value="MALE">{t('person.sex.MALE')}</option>
                  <option value="FEMALE">{t('person.sex.FEMALE')}</option>
                </select>
              </Field>
              <Field id={idOf('birthDate')} label={t('person.birthDate')} error={errorFor('birthDate')}>
                <input
                  {...attrs('birthDate')}
                  type="date"
                  value={values.birthDate}
                  onChange={(e) => set('birthDate', e.target.value)}
                />
              </Field>
            </div>

            <Field id={idOf('phone')} label={t('person.phone')} hint={t('person.phone.hint')} error={errorFor('phone')}>
              <input
                {...attrs('phone', true)}
                type="tel"
                inputMode="tel"
                autoComplete="off"
                value={values.phone}
                onChange={(e) => set('phone', e.target.value)}
              />
            </Field>
          </div>
          <Field
            id={idOf('nikNote')}
            label={t('person.nikNote')}
            hint={nikElsewhere ? t('person.nikNote.needed') : t('person.nikNote.hint')}
            error={errorFor('nikNote')}
          >
            <textarea
              {...attrs('nikNote', true)}
              rows={nikElsewhere || values.nikNote ? 3 : 1}
              value={values.nikNote}
              onChange={(e) => set('nikNote', e.target.value)}
            />
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('person.section.term')}</legend>
          <div className="grid-2">
            <Field id={idOf('positionCode')} label={t('person.position')} required error={errorFor('positionCode')}>
              <select
                {...attrs('positionCode')}
                required
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

            <Field id={idOf('appointment')} label={t('person.appointment')} error={errorFor('appointment')}>
              <select
                {...attrs('appointment')}
                value={values.appointment}
                onChange={(e) => set('appointment', e.target.value as Appointment)}
              >
                <option value="DEFINITIVE">{t('person.appointment.DEFINITIVE')}</option>
                <option value="ACTING">{t('person.appointment.ACTING')}</option>
              </select>
            </Field>

            <div className="grid-2 inner">
              <Field id={idOf('termStart')} label={t('person.termStart')} required error={errorFor('termStart')}>
                <input
                  {...attrs('termStart')}
                  type="date"
                  required
                  value={values.termStart}
                  onChange={(e) => set('termStart', e.target.value)}
                />
              </Field>
              <Field id={idOf('termEnd')} label={t('person.termEnd')} error={errorFor('termEnd')}>
                <input
                  {...attrs('termEnd')}
                  type="date"
                  value={values.termEnd}
                  onChange={(e) => set('termEnd', e.target.value)}
                />
              </Field>
            </div>

            <div className="grid-2 inner">
              <Field id={idOf('skNumber')} label={t('person.skNumber')} error={errorFor('skNumber')}>
                <input
                  {...attrs('skNumber')}
                  autoComplete="off"
                  value={values.skNumber}
                  onChange={(e) => set('skNumber', e.target.value)}
                />
              </Field>
              <Field id={idOf('skDate')} label={t('person.skDate')} error={errorFor('skDate')}>
                <input
                  {...attrs('skDate')}
                  type="date"
                  value={values.skDate}
                  onChange={(e) => set('skDate', e.target.value)}
                />
              </Field>
            </div>
          </div>
        </fieldset>

        <fieldset className="enrollment">
          <legend>{t('person.enrollment')}</legend>
          <p className="hint">{t('person.enrollment.hint')}</p>
          <div className="grid-2">
            <Field
              id={idOf('enrollment.kpj')}
              label={t('person.kpj')}
              hint={t('person.kpj.hint')}
              error={errorFor('enrollment.kpj')}
            >
              <input
                {...attrs('enrollment.kpj', true)}
                inputMode="numeric"
                autoComplete="off"
                value={values.kpj}
                onChange={(e) => set('kpj', e.target.value)}
              />
            </Field>
            <div className="grid-2 inner">
              <Field
                id={idOf('enrollment.startDate')}
                label={t('person.enrollmentStart')}
                error={errorFor('enrollment.startDate')}
              >
                <input
                  {...attrs('enrollment.startDate')}
                  type="date"
                  value={values.enrollmentStart}
                  onChange={(e) => set('enrollmentStart', e.target.value)}
                />
              </Field>
              <Field id={idOf('enrollment.status')} label={t('person.enrollmentStatus')} error={errorFor('enrollment.status')}>
                <select
                  {...attrs('enrollment.status')}
                  value={values.enrollmentStatus}
                  onChange={(e) => set('enrollmentStatus', e.target.value as EnrollmentStatus)}
                >
                  {ENROLLMENT_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`enrollment.status.${s}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </div>
          <div className="grid-2">
            <Field id={idOf('enrollment.scheme')} label={t('person.scheme.field')} error={errorFor('enrollment.scheme')}>
              <select
                {...attrs('enrollment.scheme')}
                value={values.scheme}
                onChange={(e) => set('scheme', e.target.value as Scheme)}
              >
                {SCHEMES.map((s) => (
                  <option key={s} value={s}>
                    {t(`person.scheme.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={idOf('enrollment.wageBase')}
              label={t('person.wageBase.field')}
              hint={wageBaseHint}
              error={errorFor('enrollment.wageBase')}
            >
              <input
                {...attrs('enrollment.wageBase', true)}
                inputMode="numeric"
                autoComplete="off"
                value={values.wageBase}
                onChange={(e) => set('wageBase', e.target.value)}
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
                        e.target.checked ? [...values.programs, program] : values.programs.filter((p) => p !== program),
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
            {busy ? t('person.submitting') : props.mode === 'add' ? t('person.submit') : t('person.edit.submit')}
          </button>
          {props.mode === 'edit' && (
            <Link className="button" to={props.cancelTo}>
              {t('common.cancel')}
            </Link>
          )}
        </div>
      </form>
    </section>
  );
}

/** The add form on its own, as the roster's add page uses it. */
export function AddPersonForm({
  villageCode,
  positions,
  onAdded,
}: {
  villageCode: string;
  positions: PositionOption[];
  onAdded?: (name: string) => void;
}) {
  return (
    <PersonForm mode="add" villageCode={villageCode} positions={positions} onSaved={(p) => onAdded?.(p.fullName)} />
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
