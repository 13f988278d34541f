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
import { formatInteger } from '../../shared/format';
import type { Translate } from '../../shared/i18n';

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
export type FieldErrors = Partial<Record<PersonField, string[]>>;
export type SetValue = <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;

export const PROGRAMS: Program[] = ['JKK', 'JKM', 'JHT', 'JP'];
const DEFAULT_PROGRAMS: Program[] = ['JKK', 'JKM'];
export const SEGMENTS: Segment[] = ['APARATUR_DESA', 'BPD', 'EKOSISTEM_DESA'];
export const ENROLLMENT_STATUSES: EnrollmentStatus[] = ['ACTIVE', 'INACTIVE', 'ENDED'];
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

export type Person = NonNullable<PersonData['person']>;

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
