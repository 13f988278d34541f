import { Link, Route, Routes } from 'react-router-dom';
import { SignInPage } from './features/auth/SignInPage';
import { useSession } from './features/auth/session';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { ImportRegionsPage } from './features/regions/ImportRegionsPage';
import { RegionPage } from './features/regions/RegionPage';
import { RegionsPage } from './features/regions/RegionsPage';
import { RosterPage } from './features/roster/RosterPage';
import { SubmissionsPage } from './features/submissions/SubmissionsPage';
import { LanguageToggle, useI18n } from './shared/i18n';
import { Layout } from './shared/Layout';
import { ErrorMessage, Loading } from './shared/ui';

export function App() {
  const { state, refresh } = useSession();
  const { t } = useI18n();

  switch (state.status) {
    case 'loading':
      return (
        <div className="boot">
          <Loading label={t('auth.checking')} />
        </div>
      );
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
        <Layout>
          <AppRoutes />
        </Layout>
      );
  }
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<DashboardPage />} />
      <Route path="/roster" element={<RosterPage />} />
      <Route path="/roster/:villageCode" element={<RosterPage />} />
      <Route path="/submissions" element={<SubmissionsPage />} />
      <Route path="/regions" element={<RegionsPage />} />
      <Route path="/regions/import" element={<ImportRegionsPage />} />
      <Route path="/regions/:code" element={<RegionPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('common.backToDashboard')}</Link>
      </p>
    </>
  );
}
