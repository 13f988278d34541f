import { useEffect, useRef } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router-dom';
import { useI18n } from '../../shared/i18n';
import { useMe, useSession, type Me } from '../auth/session';
import { ChangePasswordForm } from './ChangePasswordForm';
import { TwoFactorPanel } from './TwoFactorPanel';

export type SetupStep = 'password' | 'twoFactor';

export const SETUP_PATHS: Record<SetupStep, string> = {
  password: '/account/password',
  twoFactor: '/account/two-factor',
};

/** What the account must do before anything else works: the server refuses the rest until then. */
export function setupStepOf(me: Me): SetupStep | null {
  if (me.mustChangePassword) return 'password';
  if (me.twoFactorRequired && !me.twoFactorEnabled) return 'twoFactor';
  return null;
}

/** While a setup step is pending, every address leads to its page. */
export function AccountSetupRoutes({ step }: { step: SetupStep }) {
  return (
    <Routes>
      <Route path={SETUP_PATHS[step]} element={step === 'password' ? <ForcedPasswordPage /> : <ForcedTwoFactorPage />} />
      <Route path="*" element={<Navigate to={SETUP_PATHS[step]} replace />} />
    </Routes>
  );
}

/** Once the last step is done, the user starts on the dashboard (not on the setup page's address). */
export function useLeaveSetup(step: SetupStep | null) {
  const navigate = useNavigate();
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current !== null && step === null) navigate('/', { replace: true });
    previous.current = step;
  }, [step, navigate]);
}

function ForcedPasswordPage() {
  const { t } = useI18n();
  const me = useMe();
  const { update } = useSession();
  return (
    <>
      <h1>{t('account.forced.password.title')}</h1>
      <p>{t('account.forced.password.intro', { name: me.fullName })}</p>
      <section className="panel" aria-label={t('account.password.title')}>
        <ChangePasswordForm userName={me.userName} forced onChanged={update} />
      </section>
    </>
  );
}

function ForcedTwoFactorPage() {
  const { t } = useI18n();
  const me = useMe();
  const { update } = useSession();
  return (
    <>
      <h1>{t('account.forced.2fa.title')}</h1>
      <p>{t('account.forced.2fa.intro', { role: t(`role.${me.role}`) })}</p>
      <section className="panel" aria-label={t('account.2fa.title')}>
        <TwoFactorPanel me={me} onChanged={update} />
      </section>
    </>
  );
}
