import { formatRupiah } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import type { EnrollmentStatus, Scheme } from '../../gql/graphql';
import { Field, type FieldKit } from './PersonFormField';
import { ENROLLMENT_STATUSES, PROGRAMS, SCHEMES, type FormValues, type PositionOption, type SetValue } from './personFormValues';

/** The person form's BPJS Ketenagakerjaan enrollment: KPJ, start, status, scheme, wage base and programs. */
export function EnrollmentFields({
  values,
  set,
  fields,
  positions,
}: {
  values: FormValues;
  set: SetValue;
  fields: FieldKit;
  positions: PositionOption[];
}) {
  const { t } = useI18n();
  const defaultWageBase = positions.find((p) => p.code === values.positionCode)?.defaultWageBase;
  const wageBaseHint =
    defaultWageBase != null && defaultWageBase > 0
      ? t('person.wageBase.hint.default', { amount: formatRupiah(defaultWageBase) })
      : t('person.wageBase.hint');
  return (
    <fieldset className="enrollment">
      <legend>{t('person.enrollment')}</legend>
      <p className="hint">{t('person.enrollment.hint')}</p>
      <div className="grid-2">
        <Field
          id={fields.idOf('enrollment.kpj')}
          label={t('person.kpj')}
          hint={t('person.kpj.hint')}
          error={fields.errorFor('enrollment.kpj')}
        >
          <input
            {...fields.attrs('enrollment.kpj', true)}
            inputMode="numeric"
            autoComplete="off"
            value={values.kpj}
            onChange={(e) => set('kpj', e.target.value)}
          />
        </Field>
        <div className="grid-2 inner">
          <Field
            id={fields.idOf('enrollment.startDate')}
            label={t('person.enrollmentStart')}
            error={fields.errorFor('enrollment.startDate')}
          >
            <input
              {...fields.attrs('enrollment.startDate')}
              type="date"
              value={values.enrollmentStart}
              onChange={(e) => set('enrollmentStart', e.target.value)}
            />
          </Field>
          <Field id={fields.idOf('enrollment.status')} label={t('person.enrollmentStatus')} error={fields.errorFor('enrollment.status')}>
            <select
              {...fields.attrs('enrollment.status')}
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
        <Field id={fields.idOf('enrollment.scheme')} label={t('person.scheme.field')} error={fields.errorFor('enrollment.scheme')}>
          <select
            {...fields.attrs('enrollment.scheme')}
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
          id={fields.idOf('enrollment.wageBase')}
          label={t('person.wageBase.field')}
          hint={wageBaseHint}
          error={fields.errorFor('enrollment.wageBase')}
        >
          <input
            {...fields.attrs('enrollment.wageBase', true)}
            inputMode="numeric"
            autoComplete="off"
            value={values.wageBase}
            onChange={(e) => set('wageBase', e.target.value)}
          />
        </Field>
      </div>
      <fieldset
        className="programs"
        id={fields.idOf('enrollment.programs')}
        tabIndex={-1}
        aria-invalid={fields.invalid('enrollment.programs')}
        aria-describedby={fields.describedBy('enrollment.programs')}
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
        {fields.errorFor('enrollment.programs')}
      </fieldset>
    </fieldset>
  );
}
