import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { describeError, userErrorText } from '../../shared/ui';
import { EnrollmentFields } from './EnrollmentFields';
import { AddPersonMutation, UpdatePersonMutation } from './operations';
import { fieldId, personFieldKit } from './PersonFormField';
import {
  clientErrors,
  EMPTY,
  fieldOf,
  fromNik,
  PERSON_FIELDS,
  toAddPersonInput,
  toUpdatePersonInput,
  valuesOf,
  type FieldErrors,
  type FormValues,
  type Person,
  type PositionOption,
} from './personFormValues';
import { IdentityFields, TermFields } from './PersonIdentityFields';

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
  const { t } = useI18n();
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

  function showErrors(byField: FieldErrors, general: string[]) {
    setFieldErrors(byField);
    setFormErrors(general);
    const first = PERSON_FIELDS.find((f) => byField[f]);
    if (first) document.getElementById(fieldId(first))?.focus();
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
          const text = userErrorText(t, error);
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

  const fields = personFieldKit(fieldErrors);

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

        <IdentityFields values={values} set={set} setNik={setNik} fields={fields} nikElsewhere={nikElsewhere} />

        <TermFields values={values} set={set} fields={fields} positions={positions} />

        <EnrollmentFields values={values} set={set} fields={fields} positions={positions} />

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
