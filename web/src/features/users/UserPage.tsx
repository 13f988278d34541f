import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { UserDetailQuery as UserDetailData, UserRole } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatDateTime } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can, grantableRoles, roleLabelKey } from '../../shared/nav';
import { describeError, EmptyState, ErrorList, ErrorMessage, Loading, splitUserErrors, userErrorText, type UserErrorEntry } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { ChangeUserAccessMutation, DisableUserMutation, EnableUserMutation, ResetPasswordMutation, UserDetailQuery } from './operations';
import { RegionPicker } from './RegionPicker';
import { OneTimePassword, StatusBadge, UserAdminOnly } from './shared';

type User = NonNullable<UserDetailData['user']>;

export function UserPage() {
  const { t } = useI18n();
  const { userName = '' } = useParams<{ userName: string }>();
  return (
    <UserAdminOnly title={t('users.user.title')}>
      <UserView key={userName} userName={userName} />
    </UserAdminOnly>
  );
}

function UserView({ userName }: { userName: string }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const { data, error, loading, refetch } = useQuery(UserDetailQuery, { userName });
  /** The account as the last action's answer has it (newer than the query's). */
  const [changed, setChanged] = useState<User | null>(null);

  const back = (
    <p className="no-print">
      <Link to="/users">{t('users.back')}</Link>
    </p>
  );
  if (loading && !data) return (<>{back}<h1>{t('users.user.title')}</h1><Loading /></>);
  if (error && !data) return (<>{back}<h1>{t('users.user.title')}</h1><ErrorMessage error={error} onRetry={refetch} /></>);
  const user = changed ?? data?.user;
  if (!user) {
    return (
      <>
        {back}
        <h1>{t('users.user.title')}</h1>
        <EmptyState title={t('users.user.notFound', { userName })} />
      </>
    );
  }

  const manageable = can.manageUser(me, user);
  return (
    <>
      {back}
      <h1>
        {user.fullName} <StatusBadge status={user.status} />
      </h1>
      <dl className="facts">
        <div>
          <dt>{t('users.field.userName')}</dt>
          <dd className="mono">{user.userName}</dd>
        </div>
        <div>
          <dt>{t('users.field.role')}</dt>
          <dd>{t(roleLabelKey(user))}</dd>
        </div>
        <div>
          <dt>{t('users.field.region')}</dt>
          <dd>
            {user.region?.name ?? user.regionCode} <span className="code">{user.regionCode}</span>
          </dd>
        </div>
        <div>
          <dt>{t('users.field.email')}</dt>
          <dd>{user.email || t('common.dash')}</dd>
        </div>
        <div>
          <dt>{t('users.field.phone')}</dt>
          <dd>{user.phoneNumber || t('common.dash')}</dd>
        </div>
        <div>
          <dt>{t('users.field.password')}</dt>
          <dd>{user.mustChangePassword ? t('users.password.oneTime') : t('users.password.own')}</dd>
        </div>
        <div>
          <dt>{t('users.field.2fa')}</dt>
          <dd>{user.twoFactorEnabled ? t('account.2fa.on') : t('account.2fa.off')}</dd>
        </div>
        <div>
          <dt>{t('users.field.lastSignIn')}</dt>
          <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, lang) : t('users.neverSignedIn')}</dd>
        </div>
      </dl>
      {can.viewAudit(me.role) && (
        <p className="no-print">
          <Link to={`/audit?user=${encodeURIComponent(user.userName)}`}>{t('users.user.auditLink')}</Link>
        </p>
      )}

      {user.userName === me.userName ? (
        <p className="notice">
          {t('users.user.own')} <Link to="/account">{t('nav.account')}</Link>
        </p>
      ) : !manageable ? (
        <p className="notice">{t('users.user.readOnly', { role: t(roleLabelKey(user)) })}</p>
      ) : (
        <div className="account-columns">
          <StatusActions user={user} onChanged={setChanged} />
          <ResetPasswordAction user={user} onChanged={setChanged} />
          {can.changeAccess(me.role) && <AccessForm user={user} onChanged={setChanged} />}
        </div>
      )}
    </>
  );
}

function useUserErrors() {
  const { t } = useI18n();
  return (errors: readonly UserErrorEntry[]) => errors.map((e) => userErrorText(t, e));
}

/** Switch off (sessions end at once) or on again (also lifts a lockout), after a confirmation. */
function StatusActions({ user, onChanged }: { user: User; onChanged: (user: User) => void }) {
  const { t } = useI18n();
  const texts = useUserErrors();
  const [confirming, setConfirming] = useState<'disable' | 'enable' | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  async function run(action: 'disable' | 'enable') {
    setBusy(true);
    setErrors([]);
    setNotice(null);
    try {
      const input = { input: { userName: user.userName } };
      const payload =
        action === 'disable'
          ? (await execute(DisableUserMutation, input)).disableUser
          : (await execute(EnableUserMutation, input)).enableUser;
      if (payload.errors.length > 0 || !payload.user) {
        setErrors(texts(payload.errors));
        return;
      }
      setConfirming(null);
      setNotice(action === 'disable' ? t('users.disable.done', { userName: user.userName }) : t('users.enable.done', { userName: user.userName }));
      onChanged(payload.user);
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  const canDisable = user.status !== 'DISABLED';
  const canEnable = user.status !== 'ACTIVE';
  return (
    <section className="panel" aria-labelledby="user-status-title">
      <h2 id="user-status-title">{t('users.status.title')}</h2>
      <p className="muted small">{t('users.status.help')}</p>
      {notice && (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      <ErrorList messages={errors} />
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('users.confirm')}>
          <p>
            {confirming === 'disable'
              ? t('users.disable.confirm', { name: user.fullName })
              : t('users.enable.confirm', { name: user.fullName })}
          </p>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void run(confirming)}>
              {confirming === 'disable' ? t('users.disable.yes') : t('users.enable.yes')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          {canDisable && (
            <button type="button" onClick={() => setConfirming('disable')}>
              {t('users.disable')}
            </button>
          )}
          {canEnable && (
            <button type="button" onClick={() => setConfirming('enable')}>
              {user.status === 'LOCKED_OUT' ? t('users.unlock') : t('users.enable')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** A new one-time password: shown here once, with a copy button; the old password and sessions stop working. */
function ResetPasswordAction({ user, onChanged }: { user: User; onChanged: (user: User) => void }) {
  const { t } = useI18n();
  const texts = useUserErrors();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [issued, setIssued] = useState<string | null>(null);

  async function reset() {
    setBusy(true);
    setErrors([]);
    try {
      const { resetPassword: payload } = await execute(ResetPasswordMutation, { input: { userName: user.userName } });
      if (payload.errors.length > 0 || !payload.initialPassword) {
        setErrors(texts(payload.errors));
        return;
      }
      setConfirming(false);
      setIssued(payload.initialPassword);
      if (payload.user) onChanged(payload.user);
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="user-reset-title">
      <h2 id="user-reset-title">{t('users.reset.title')}</h2>
      <p className="muted small">{t('users.reset.help')}</p>
      <ErrorList messages={errors} />
      {issued ? (
        <>
          <p className="notice notice-ok" role="status">
            {t('users.reset.done', { userName: user.userName })}
          </p>
          <OneTimePassword userName={user.userName} password={issued} />
        </>
      ) : confirming ? (
        <div className="confirm" role="group" aria-label={t('users.confirm')}>
          <p>{t('users.reset.confirm', { name: user.fullName })}</p>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void reset()}>
              {t('users.reset.yes')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('users.reset')}
        </button>
      )}
    </section>
  );
}

const ACCESS_FIELDS = ['role', 'regionCode'] as const;

/** The province admin gives the account another role or region; its sessions end. */
function AccessForm({ user, onChanged }: { user: User; onChanged: (user: User) => void }) {
  const { t } = useI18n();
  const me = useMe();
  const [role, setRole] = useState<UserRole>(user.role);
  const [regionCode, setRegionCode] = useState(user.regionCode);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<(typeof ACCESS_FIELDS)[number], string[]>>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const unchanged = role === user.role && regionCode.trim() === user.regionCode;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (unchanged) return;
    setBusy(true);
    setErrors([]);
    setFieldErrors({});
    setNotice(null);
    try {
      const { changeUserAccess: payload } = await execute(ChangeUserAccessMutation, {
        input: { userName: user.userName, role, regionCode: regionCode.trim() },
      });
      if (payload.errors.length > 0 || !payload.user) {
        const { byField, general } = splitUserErrors(payload.errors, ACCESS_FIELDS, t);
        setFieldErrors(byField);
        setErrors(general);
        return;
      }
      setNotice(t('users.access.done', { userName: user.userName }));
      onChanged(payload.user);
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="user-access-title">
      <h2 id="user-access-title">{t('users.access.title')}</h2>
      <p className="muted small">{t('users.access.help')}</p>
      {notice && (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      <ErrorList messages={errors} />
      <form onSubmit={handleSubmit} noValidate>
        <div className="field">
          <label htmlFor="access-role">{t('users.field.role')}</label>
          <select
            id="access-role"
            value={role}
            aria-invalid={fieldErrors.role ? true : undefined}
            aria-describedby={fieldErrors.role ? 'access-role-error' : undefined}
            onChange={(e) => setRole(e.target.value as UserRole)}
          >
            {grantableRoles(me.role).map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
          {fieldErrors.role && (
            <p id="access-role-error" className="field-error">
              {fieldErrors.role.join(' ')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="access-region">{t('users.field.region')}</label>
          <RegionPicker
            id="access-region"
            role={role}
            giverScope={me.regionCode}
            value={regionCode}
            initial={user.region ?? undefined}
            invalid={fieldErrors.regionCode ? true : undefined}
            describedBy={fieldErrors.regionCode ? 'access-region-error' : 'access-region-hint'}
            onChange={setRegionCode}
          />
          {fieldErrors.regionCode ? (
            <p id="access-region-error" className="field-error">
              {fieldErrors.regionCode.join(' ')}
            </p>
          ) : (
            <p id="access-region-hint" className="hint">
              {t(`users.regionSearch.hint.${role}`)}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={busy || unchanged}>
          {busy ? t('common.saving') : t('users.access.submit')}
        </button>
      </form>
    </section>
  );
}
