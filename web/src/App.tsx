import { Link, Navigate, Route, Routes } from 'react-router-dom';
import { AccountPage } from './features/account/AccountPage';
import { AccountSetupRoutes, setupStepOf, useLeaveSetup } from './features/account/AccountSetup';
import { AuditPage } from './features/audit/AuditPage';
import { SignInPage } from './features/auth/SignInPage';
import { useSession } from './features/auth/session';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { ImportRegionsPage } from './features/regions/ImportRegionsPage';
import { RegionPage } from './features/regions/RegionPage';
import { RegionsPage } from './features/regions/RegionsPage';
import { AddPersonPage } from './features/roster/AddPersonPage';
import { ImportRosterPage } from './features/roster/ImportRosterPage';
import { EditPersonPage, PersonPage } from './features/roster/PersonPage';
import { RosterPage } from './features/roster/RosterPage';
import { SubmissionReviewPage } from './features/submissions/SubmissionReviewPage';
import { SubmissionsPage } from './features/submissions/SubmissionsPage';
import { ImportOperatorsPage } from './features/users/ImportOperatorsPage';
import { NewUserPage } from './features/users/NewUserPage';
import { UserPage } from './features/users/UserPage';
import { UsersPage } from './features/users/UsersPage';
import { LanguageToggle, useI18n } from './shared/i18n';
import { Layout, SetupLayout } from './shared/Layout';
import { ErrorMessage, Loading } from './shared/ui';

export function App() {
  const { state, refresh } = useSession();
  const { t } = useI18n();
  const setupStep = state.status === 'signedIn' ? setupStepOf(state.me) : null;
  useLeaveSetup(setupStep);

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
      // A one-time password or missing two-factor sign-in: that page first, nothing else works until then.
      return setupStep ? (
        <SetupLayout>
          <AccountSetupRoutes step={setupStep} />
        </SetupLayout>
      ) : (
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
      <Route path="/roster/:villageCode/new" element={<AddPersonPage />} />
      <Route path="/roster/:villageCode/import" element={<ImportRosterPage />} />
      <Route path="/roster/person/:id" element={<PersonPage />} />
      <Route path="/roster/person/:id/edit" element={<EditPersonPage />} />
      <Route path="/submissions" element={<SubmissionsPage />} />
      <Route path="/submissions/:id" element={<SubmissionReviewPage />} />
      <Route path="/regions" element={<RegionsPage />} />
      <Route path="/regions/import" element={<ImportRegionsPage />} />
      <Route path="/regions/:code" element={<RegionPage />} />
      <Route path="/users" element={<UsersPage />} />
      <Route path="/users/new" element={<NewUserPage />} />
      <Route path="/users/import" element={<ImportOperatorsPage />} />
      <Route path="/users/:userName" element={<UserPage />} />
      <Route path="/audit" element={<AuditPage />} />
      <Route path="/account" element={<AccountPage />} />
      {/* The setup pages' addresses, once the setup is done (a reload, the back button). */}
      <Route path="/account/*" element={<Navigate to="/account" replace />} />
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
