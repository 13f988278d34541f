import { useI18n } from '../../shared/i18n';
import { Field, type FieldKit } from './PersonFormField';
import { fromNik, SEGMENTS, type FormValues, type PositionOption, type SetValue } from './personFormValues';
import type { Appointment, Sex } from '../../gql/graphql';

/** The person form's identity: name, NIK (which brings sex and birth date), phone and the note on a NIK held twice. */
export function IdentityFields({
  values,
  set,
  setNik,
  fields,
  nikElsewhere,
}: {
  values: FormValues;
  set: SetValue;
  setNik: (nik: string) => void;
  fields: FieldKit;
  nikElsewhere: boolean;
}) {
  const { t } = useI18n();
  const nikDigits = values.nik.replace(/\D/g, '').length;
  const nikHint =
    values.nik !== '' && /\D/.test(values.nik)
      ? t('person.nik.notDigits')
      : values.nik !== '' && nikDigits !== 16
        ? t('person.nik.count', { n: nikDigits })
        : t('person.nik.hint');
  const nikSays = fromNik(values.nik);
  return (
    <fieldset>
      <legend>{t('person.section.identity')}</legend>
      <div className="grid-2">
        <Field id={fields.idOf('fullName')} label={t('person.fullName')} required error={fields.errorFor('fullName')}>
          <input
            {...fields.attrs('fullName')}
            autoComplete="off"
            required
            value={values.fullName}
            onChange={(e) => set('fullName', e.target.value)}
          />
        </Field>

        <Field id={fields.idOf('nik')} label={t('person.nik')} required hint={nikHint} error={fields.errorFor('nik')}>
          <input
            {...fields.attrs('nik', true)}
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
            id={fields.idOf('sex')}
            label={t('person.sex')}
            hint={nikSays ? t('person.fromNik', { value: t(`person.sex.${nikSays.sex}`) }) : undefined}
            error={fields.errorFor('sex')}
          >
            <select
              {...fields.attrs('sex', !!nikSays)}
              value={values.sex}
              onChange={(e) => set('sex', e.target.value as Sex | '')}
            >
              <option value="">{t('person.sex.fromNik')}</option>
              <option value="MALE">{t('person.sex.MALE')}</option>
              <option value="FEMALE">{t('person.sex.FEMALE')}</option>
            </select>
          </Field>
          <Field id={fields.idOf('birthDate')} label={t('person.birthDate')} error={fields.errorFor('birthDate')}>
            <input
              {...fields.attrs('birthDate')}
              type="date"
              value={values.birthDate}
              onChange={(e) => set('birthDate', e.target.value)}
            />
          </Field>
        </div>

        <Field id={fields.idOf('phone')} label={t('person.phone')} hint={t('person.phone.hint')} error={fields.errorFor('phone')}>
          <input
            {...fields.attrs('phone', true)}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={values.phone}
            onChange={(e) => set('phone', e.target.value)}
          />
        </Field>
      </div>
      <Field
        id={fields.idOf('nikNote')}
        label={t('person.nikNote')}
        hint={nikElsewhere ? t('person.nikNote.needed') : t('person.nikNote.hint')}
        error={fields.errorFor('nikNote')}
      >
        <textarea
          {...fields.attrs('nikNote', true)}
          rows={nikElsewhere || values.nikNote ? 3 : 1}
          value={values.nikNote}
          onChange={(e) => set('nikNote', e.target.value)}
        />
      </Field>
    </fieldset>
  );
}

/** The person form's term of office: position, appointment, dates and the SK. */
export function TermFields({
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
  return (
    <fieldset>
      <legend>{t('person.section.term')}</legend>
      <div className="grid-2">
        <Field id={fields.idOf('positionCode')} label={t('person.position')} required error={fields.errorFor('positionCode')}>
          <select
            {...fields.attrs('positionCode')}
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

        <Field id={fields.idOf('appointment')} label={t('person.appointment')} error={fields.errorFor('appointment')}>
          <select
            {...fields.attrs('appointment')}
            value={values.appointment}
            onChange={(e) => set('appointment', e.target.value as Appointment)}
          >
            <option value="DEFINITIVE">{t('person.appointment.DEFINITIVE')}</option>
            <option value="ACTING">{t('person.appointment.ACTING')}</option>
          </select>
        </Field>

        <div className="grid-2 inner">
          <Field id={fields.idOf('termStart')} label={t('person.termStart')} required error={fields.errorFor('termStart')}>
            <input
              {...fields.attrs('termStart')}
              type="date"
              required
              value={values.termStart}
              onChange={(e) => set('termStart', e.target.value)}
            />
          </Field>
          <Field id={fields.idOf('termEnd')} label={t('person.termEnd')} error={fields.errorFor('termEnd')}>
            <input
              {...fields.attrs('termEnd')}
              type="date"
              value={values.termEnd}
              onChange={(e) => set('termEnd', e.target.value)}
            />
          </Field>
        </div>

        <div className="grid-2 inner">
          <Field id={fields.idOf('skNumber')} label={t('person.skNumber')} error={fields.errorFor('skNumber')}>
            <input
              {...fields.attrs('skNumber')}
              autoComplete="off"
              value={values.skNumber}
              onChange={(e) => set('skNumber', e.target.value)}
            />
          </Field>
          <Field id={fields.idOf('skDate')} label={t('person.skDate')} error={fields.errorFor('skDate')}>
            <input
              {...fields.attrs('skDate')}
              type="date"
              value={values.skDate}
              onChange={(e) => set('skDate', e.target.value)}
            />
          </Field>
        </div>
      </div>
    </fieldset>
  );
}
