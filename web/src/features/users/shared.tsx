import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { UserStatus } from '../../gql/graphql';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { CopyButton } from '../../shared/ui';
import { useMe } from '../auth/session';

export const USER_STATUSES: UserStatus[] = ['ACTIVE', 'DISABLED', 'LOCKED_OUT'];

const STATUS_BADGE: Record<UserStatus, string> = {
  ACTIVE: 'badge badge-approved',
  DISABLED: 'badge badge-returned',
  LOCKED_OUT: 'badge badge-pending',
};

export function StatusBadge({ status }: { status: UserStatus }) {
  const { t } = useI18n();
  return <span className={STATUS_BADGE[status]}>{t(`users.status.${status}`)}</span>;
}

/** The account pages are for the administrators of a province or a regency; others are told so, with a way back. */
export function UserAdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  if (can.manageUsers(me.role)) return <>{children}</>;
  return (
    <>
      <h1>{title}</h1>
      <p className="notice notice-error" role="alert">
        {t('users.forbidden')}
      </p>
      <p>
        <Link to="/">{t('common.backToDashboard')}</Link>
      </p>
    </>
  );
}

/** A one-time password, shown once: copy it and hand it over in private. */
export function OneTimePassword({ userName, password }: { userName: string; password: string }) {
  const { t } = useI18n();
  return (
    <div className="one-time" data-testid="one-time-password">
      <p className="notice notice-warn">
        <strong>{t('users.otp.once')}</strong> {t('users.otp.private')}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('users.field.userName')}</dt>
          <dd className="mono">{userName}</dd>
        </div>
        <div>
          <dt>{t('users.otp.label')}</dt>
          <dd className="mono secret-key">{password}</dd>
        </div>
      </dl>
      <CopyButton text={password} label={t('users.otp.copy')} />
    </div>
  );
}
