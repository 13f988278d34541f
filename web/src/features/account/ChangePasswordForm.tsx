import { useId, useState, type FormEvent } from 'react';
import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { describeError, ErrorList, splitUserErrors } from '../../shared/ui';
import type { Me } from '../auth/session';
import { ChangePasswordMutation } from './operations';
import { meetsPasswordRules, PASSWORD_RULES } from './passwordRules';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];

interface Props {
  userName: string;
  /** After signing in with a one-time password: the current password is that one-time password. */
  forced?: boolean;
  onChanged: (me: Me) => void;
}

/** Replaces one's own password: current one, new one twice, with the rules checked while typing. */
export function ChangePasswordForm({ userName, forced = false, onChanged }: Props) {
  const { t } = useI18n();
  const uid = useId();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const idOf = (field: Field) => `${uid}-${field}`;
  const set = (field: Field, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setDone(false);
  };

  function check(): Partial<Record<Field, string[]>> {
    const errors: Partial<Record<Field, string[]>> = {};
    if (!values.currentPassword) errors.currentPassword = [t(forced ? 'account.password.oneTime.required' : 'account.password.current.required')];
    if (!values.newPassword) errors.newPassword = [t('account.password.new.required')];
    else if (!meetsPasswordRules(values.newPassword)) errors.newPassword = [t('account.password.new.rules')];
    else if (values.newPassword === values.currentPassword) errors.newPassword = [t('userError.SAME_PASSWORD')];
    if (values.newPassword && values.confirmPassword !== values.newPassword) errors.confirmPassword = [t('account.password.confirm.mismatch')];
    return errors;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    setDone(false);
    const local = check();
    setFieldErrors(local);
    const first = FIELDS.find((f) => local[f]);
    if (first) {
      document.getElementById(idOf(first))?.focus();
      return;
    }
    setBusy(true);
    try {
      const data = await execute(ChangePasswordMutation, {
        input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      const { me, errors } = data.changePassword;
      if (errors.length > 0 || !me) {
        const { byField, general } = splitUserErrors(errors, FIELDS, t);
        setFieldErrors(byField);
        setFormErrors(general);
        const firstServer = FIELDS.find((f) => byField[f]);
        if (firstServer) document.getElementById(idOf(firstServer))?.focus();
        return;
      }
      setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
      setDone(true);
      onChanged(me);
    } catch (error) {
      setFormErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (field: Field) =>
    fieldErrors[field] ? (
      <p id={`${idOf(field)}-error`} className="field-error">
        {fieldErrors[field]!.join(' ')}
      </p>
    ) : null;
  const describedBy = (field: Field, hint?: string) =>
    [hint, fieldErrors[field] ? `${idOf(field)}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="password-form" onSubmit={handleSubmit} noValidate>
      <ErrorList messages={formErrors} />
      {done && !forced && (
        <p className="notice notice-ok" role="status">
          {t('account.password.changed')}
        </p>
      )}
      {/* Lets password managers save the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={userName} readOnly hidden />
      <div className="field">
        <label htmlFor={idOf('currentPassword')}>
          {forced ? t('account.password.oneTime') : t('account.password.current')}
        </label>
        <input
          id={idOf('currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.currentPassword ? true : undefined}
          aria-describedby={describedBy('currentPassword')}
          value={values.currentPassword}
          onChange={(e) => set('currentPassword', e.target.value)}
        />
        {errorFor('currentPassword')}
      </div>
      <div className="field">
        <label htmlFor={idOf('newPassword')}>{t('account.password.new')}</label>
        <input
          id={idOf('newPassword')}
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={fieldErrors.newPassword ? true : undefined}
          aria-describedby={describedBy('newPassword', `${idOf('newPassword')}-rules`)}
          value={values.newPassword}
          onChange={(e) => set('newPassword', e.target.value)}
        />
        <ul id={`${idOf('newPassword')}-rules`} className="rules" aria-label={t('account.password.rules')}>
          {PASSWORD_RULES.map((rule) => {
            const met = rule.test(values.newPassword);
            return (
              <li key={rule.key} className={met ? 'rule-met' : undefined}>
                <span aria-hidden="true">{met ? '✓' : '•'}</span> {t(rule.key)}
                {met && <span className="sr-only"> ({t('account.password.rule.met')})</span>}
              </li>
            );
          })}
        </ul>
        {errorFor('newPassword')}
      </div>
      <div className="field">
        <label htmlFor={idOf('confirmPassword')}>{t('account.password.confirm')}</label>
        <input
          id={idOf('confirmPassword')}
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={fieldErrors.confirmPassword ? true : undefined}
          aria-describedby={describedBy('confirmPassword')}
          value={values.confirmPassword}
          onChange={(e) => set('confirmPassword', e.target.value)}
        />
        {errorFor('confirmPassword')}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('account.password.saving') : t('account.password.submit')}
      </button>
    </form>
  );
}
