import { useI18n } from '../../shared/i18n';
import { roleLabelKey } from '../../shared/nav';
import { useMe, useSession } from '../auth/session';
import { ChangePasswordForm } from './ChangePasswordForm';
import { TwoFactorPanel } from './TwoFactorPanel';

/** One's own account: who and where one is, the password, two-factor sign-in. */
export function AccountPage() {
  const { t } = useI18n();
  const me = useMe();
  const { update } = useSession();
  const regionName = me.region?.name ?? me.regionCode;

  return (
    <>
      <h1>{t('account.title')}</h1>
      <dl className="facts">
        <div>
          <dt>{t('users.field.fullName')}</dt>
          <dd>{me.fullName}</dd>
        </div>
        <div>
          <dt>{t('users.field.userName')}</dt>
          <dd className="mono">{me.userName}</dd>
        </div>
        <div>
          <dt>{t('users.field.role')}</dt>
          <dd>{t(roleLabelKey(me))}</dd>
        </div>
        <div>
          <dt>{t('users.field.region')}</dt>
          <dd>
            {regionName} <span className="code">{me.regionCode}</span>
          </dd>
        </div>
      </dl>
      <p className="muted small">{t('account.changesBy')}</p>

      <div className="account-columns">
        <section className="panel" aria-labelledby="account-password">
          <h2 id="account-password">{t('account.password.title')}</h2>
          <ChangePasswordForm userName={me.userName} onChanged={update} />
        </section>
        <section className="panel" aria-labelledby="account-2fa">
          <h2 id="account-2fa">{t('account.2fa.title')}</h2>
          <p className="muted small">{t('account.2fa.intro')}</p>
          <TwoFactorPanel me={me} onChanged={update} />
        </section>
      </div>
    </>
  );
}
