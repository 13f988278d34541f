import { lazy, Suspense } from 'react';
import { SignInPage } from './features/auth/SignInPage';
import { useSession } from './features/auth/session';
import { LanguageToggle, useI18n } from './shared/i18n';
import { ErrorMessage, Loading } from './shared/ui';

// Everything behind the sign-in (the layout, the pages, the account setup) is fetched after it.
const SignedInApp = lazy(() => import('./SignedInApp').then((m) => ({ default: m.SignedInApp })));

export function App() {
  const { state, refresh } = useSession();
  const { t } = useI18n();
  const booting = (
    <div className="boot">
      <Loading label={t('auth.checking')} />
    </div>
  );

  switch (state.status) {
    case 'loading':
      return booting;
    case 'error':
      return (
        <div className="boot">
          <header className="signin-top">
            <span className="brand">{t('app.name')}</span>
            <LanguageToggle />
          </header>
          <ErrorMessage error={state.error} onRetry={() => void refresh()} />
        </div>
      );
    case 'anonymous':
      return <SignInPage expired={state.expired} onSignedIn={async () => (await refresh()) !== null} />;
    case 'signedIn':
      return (
        <Suspense fallback={booting}>
          <SignedInApp me={state.me} />
        </Suspense>
      );
  }
}
