import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CreateUserInput, UserRole } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { grantableRoles } from '../../shared/nav';
import { describeError, ErrorList, splitUserErrors } from '../../shared/ui';
import { useMe } from '../auth/session';
import { CreateUserMutation } from './operations';
import { RegionPicker } from './RegionPicker';
import { OneTimePassword, UserAdminOnly } from './shared';

const FIELDS = ['userName', 'fullName', 'role', 'regionCode', 'email', 'phoneNumber'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

export function toCreateUserInput(v: Values): CreateUserInput {
  return {
    userName: v.userName.trim().toLowerCase(),
    fullName: v.fullName.trim(),
    role: v.role as UserRole,
    regionCode: v.regionCode.trim(),
    email: v.email.trim() || null,
    phoneNumber: v.phoneNumber.trim() || null,
  };
}

export function NewUserPage() {
  const { t } = useI18n();
  return (
    <UserAdminOnly title={t('users.new.title')}>
      <NewUserForm />
    </UserAdminOnly>
  );
}

function NewUserForm() {
  const { t } = useI18n();
  const me = useMe();
  const roles = grantableRoles(me.role);
  const empty: Values = { userName: '', fullName: '', role: roles.length === 1 ? roles[0] : '', regionCode: '', email: '', phoneNumber: '' };
  const [values, setValues] = useState<Values>(empty);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ userName: string; fullName: string; password: string } | null>(null);

  const set = (field: Field, value: string) => setValues((prev) => ({ ...prev, [field]: value }));
  const idOf = (field: Field) => `new-user-${field}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const local: Partial<Record<Field, string[]>> = {};
    for (const field of ['userName', 'fullName', 'role', 'regionCode'] as const) {
      if (!values[field].trim()) local[field] = [t('users.new.required')];
    }
    setFieldErrors(local);
    const firstLocal = FIELDS.find((f) => local[f]);
    if (firstLocal) {
      document.getElementById(idOf(firstLocal))?.focus();
      return;
    }
    setBusy(true);
    try {
      const { createUser: payload } = await execute(CreateUserMutation, { input: toCreateUserInput(values) });
      if (payload.errors.length > 0 || !payload.user || !payload.initialPassword) {
        const { byField, general } = splitUserErrors(payload.errors, FIELDS, t);
        setFieldErrors(byField);
        setFormErrors(general);
        const first = FIELDS.find((f) => byField[f]);
        if (first) document.getElementById(idOf(first))?.focus();
        return;
      }
      setCreated({ userName: payload.user.userName, fullName: payload.user.fullName, password: payload.initialPassword });
    } catch (error) {
      setFormErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  function another() {
    setCreated(null);
    setValues(empty);
    setFieldErrors({});
  }

  const head = (
    <>
      <p className="no-print">
        <Link to="/users">{t('users.back')}</Link>
      </p>
      <h1>{t('users.new.title')}</h1>
    </>
  );

  if (created) {
    return (
      <>
        {head}
        <section className="panel" aria-labelledby="created-title">
          <h2 id="created-title">{t('users.new.created', { name: created.fullName })}</h2>
          <OneTimePassword userName={created.userName} password={created.password} />
          <div className="button-row">
            <Link className="button" to={`/users/${encodeURIComponent(created.userName)}`}>
              {t('users.new.open')}
            </Link>
            <button type="button" onClick={another}>
              {t('users.new.another')}
            </button>
          </div>
        </section>
      </>
    );
  }

  const errorFor = (field: Field) =>
    fieldErrors[field] ? (
      <p id={`${idOf(field)}-error`} className="field-error">
        {fieldErrors[field]!.join(' ')}
      </p>
    ) : null;
  const aria = (field: Field, hint?: boolean) => ({
    id: idOf(field),
    'aria-invalid': fieldErrors[field] ? true : undefined,
    'aria-describedby':
      [hint ? `${idOf(field)}-hint` : null, fieldErrors[field] ? `${idOf(field)}-error` : null].filter(Boolean).join(' ') || undefined,
  });

  const { 'aria-invalid': regionInvalid, 'aria-describedby': regionDescribedBy, id: regionId } = aria('regionCode', true);
  const regionAria = { id: regionId, invalid: regionInvalid, describedBy: regionDescribedBy };

  return (
    <>
      {head}
      <p className="muted">{t('users.new.intro')}</p>
      <section className="panel">
        <form onSubmit={handleSubmit} noValidate>
          {formErrors.length > 0 && <ErrorList messages={formErrors} />}
          {Object.keys(fieldErrors).length > 0 && formErrors.length === 0 && (
            <p className="notice notice-error" role="alert">
              {t('person.errors.fix')}
            </p>
          )}
          <div className="grid-2">
            <FormField label={t('users.field.userName')} field={idOf('userName')} required hint={t('users.new.userName.hint')} error={errorFor('userName')}>
              <input
                {...aria('userName', true)}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={values.userName}
                onChange={(e) => set('userName', e.target.value)}
              />
            </FormField>
            <FormField label={t('users.field.fullName')} field={idOf('fullName')} required error={errorFor('fullName')}>
              <input {...aria('fullName')} autoComplete="off" value={values.fullName} onChange={(e) => set('fullName', e.target.value)} />
            </FormField>
            <FormField label={t('users.field.role')} field={idOf('role')} required error={errorFor('role')}>
              <select {...aria('role')} value={values.role} onChange={(e) => setValues((prev) => ({ ...prev, role: e.target.value, regionCode: '' }))}>
                {roles.length > 1 && <option value="">{t('users.new.role.choose')}</option>}
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField
              label={t('users.field.region')}
              field={idOf('regionCode')}
              required
              hint={values.role ? t(`users.regionSearch.hint.${values.role as UserRole}`) : t('users.regionHint.none')}
              error={errorFor('regionCode')}
            >
              <RegionPicker
                key={values.role}
                {...regionAria}
                role={values.role as UserRole | ''}
                giverScope={me.regionCode}
                value={values.regionCode}
                onChange={(code) => set('regionCode', code)}
              />
            </FormField>
            <FormField label={t('users.field.email')} field={idOf('email')} optional error={errorFor('email')}>
              <input {...aria('email')} type="email" autoComplete="off" value={values.email} onChange={(e) => set('email', e.target.value)} />
            </FormField>
            <FormField label={t('users.field.phone')} field={idOf('phoneNumber')} optional error={errorFor('phoneNumber')}>
              <input
                {...aria('phoneNumber')}
                type="tel"
                autoComplete="off"
                value={values.phoneNumber}
                onChange={(e) => set('phoneNumber', e.target.value)}
              />
            </FormField>
          </div>
          <p className="muted small">{t('users.new.passwordNote')}</p>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('common.saving') : t('users.new.submit')}
          </button>
        </form>
      </section>
    </>
  );
}

function FormField({
  label,
  field,
  required,
  optional,
  hint,
  error,
  children,
}: {
  label: string;
  field: string;
  required?: boolean;
  optional?: boolean;
  hint?: string;
  error: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <div className="label-row">
        <label htmlFor={field}>{label}</label>
        {required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
        {optional && <span className="muted small">({t('common.optional')})</span>}
      </div>
      {children}
      {hint && (
        <p id={`${field}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error}
    </div>
  );
}
