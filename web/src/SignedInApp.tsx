import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router-dom';
import { AccountSetupRoutes, setupStepOf, useLeaveSetup } from './features/account/AccountSetup';
import type { Me } from './features/auth/session';
import { useI18n } from './shared/i18n';
import { Layout, SetupLayout } from './Layout';
import { createQueryClient } from './shared/queryClient';
import './signedInMessages';
import { Loading } from './shared/ui';

// Every page is a chunk of its own, fetched when first visited: the sign-in page loads none of them.
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const LaggingVillagesPage = lazy(() => import('./features/lagging/LaggingVillagesPage').then((m) => ({ default: m.LaggingVillagesPage })));
const TargetsPage = lazy(() => import('./features/targets/TargetsPage').then((m) => ({ default: m.TargetsPage })));
const BudgetPlanPage = lazy(() => import('./features/plans/BudgetPlanPage').then((m) => ({ default: m.BudgetPlanPage })));
const BudgetGapPage = lazy(() => import('./features/gap/BudgetGapPage').then((m) => ({ default: m.BudgetGapPage })));
const FundingPolicyPage = lazy(() => import('./features/policies/FundingPolicyPage').then((m) => ({ default: m.FundingPolicyPage })));
const RosterPage = lazy(() => import('./features/roster/RosterPage').then((m) => ({ default: m.RosterPage })));
const AddPersonPage = lazy(() => import('./features/roster/AddPersonPage').then((m) => ({ default: m.AddPersonPage })));
const ImportRegionRosterPage = lazy(() => import('./features/roster/ImportRegionRosterPage').then((m) => ({ default: m.ImportRegionRosterPage })));
const ImportRosterPage = lazy(() => import('./features/roster/ImportRosterPage').then((m) => ({ default: m.ImportRosterPage })));
const PersonPage = lazy(() => import('./features/roster/PersonPage').then((m) => ({ default: m.PersonPage })));
const EditPersonPage = lazy(() => import('./features/roster/PersonPage').then((m) => ({ default: m.EditPersonPage })));
const SubmissionsPage = lazy(() => import('./features/submissions/SubmissionsPage').then((m) => ({ default: m.SubmissionsPage })));
const SubmissionReviewPage = lazy(() => import('./features/submissions/SubmissionReviewPage').then((m) => ({ default: m.SubmissionReviewPage })));
const RegionsPage = lazy(() => import('./features/regions/RegionsPage').then((m) => ({ default: m.RegionsPage })));
const ImportRegionsPage = lazy(() => import('./features/regions/ImportRegionsPage').then((m) => ({ default: m.ImportRegionsPage })));
const RegionPage = lazy(() => import('./features/regions/RegionPage').then((m) => ({ default: m.RegionPage })));
const UsersPage = lazy(() => import('./features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const NewUserPage = lazy(() => import('./features/users/NewUserPage').then((m) => ({ default: m.NewUserPage })));
const ImportOperatorsPage = lazy(() => import('./features/users/ImportOperatorsPage').then((m) => ({ default: m.ImportOperatorsPage })));
const UserPage = lazy(() => import('./features/users/UserPage').then((m) => ({ default: m.UserPage })));
const MonevPage = lazy(() => import('./features/monev/MonevPage').then((m) => ({ default: m.MonevPage })));
const MeetingPage = lazy(() => import('./features/monev/MeetingPage').then((m) => ({ default: m.MeetingPage })));
const MonevReportPage = lazy(() => import('./features/monev/MonevReportPage').then((m) => ({ default: m.MonevReportPage })));
const VillageFindingsPage = lazy(() => import('./features/monev/VillageFindingsPage').then((m) => ({ default: m.VillageFindingsPage })));
const RatesPage = lazy(() => import('./features/rates/RatesPage').then((m) => ({ default: m.RatesPage })));
const PaymentsPage = lazy(() => import('./features/payments/PaymentsPage').then((m) => ({ default: m.PaymentsPage })));
const UcjPage = lazy(() => import('./features/ucj/UcjPage').then((m) => ({ default: m.UcjPage })));
const BpjsReconciliationPage = lazy(() => import('./features/bpjs/BpjsReconciliationPage').then((m) => ({ default: m.BpjsReconciliationPage })));
const AuditPage = lazy(() => import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const AccountPage = lazy(() => import('./features/account/AccountPage').then((m) => ({ default: m.AccountPage })));

export function SignedInApp({ me }: { me: Me }) {
  // One query cache per signed-in session: the next user who signs in on this browser starts empty. It is part of
  // this chunk, so the sign-in page loads no query library.
  const [queryClient] = useState(createQueryClient);
  const setupStep = setupStepOf(me);
  useLeaveSetup(setupStep);
  // A one-time password or missing two-factor sign-in: that page first, nothing else works until then.
  return (
    <QueryClientProvider client={queryClient}>
      {setupStep ? (
        <SetupLayout>
          <AccountSetupRoutes step={setupStep} />
        </SetupLayout>
      ) : (
        <Layout>
          <AppRoutes />
        </Layout>
      )}
    </QueryClientProvider>
  );
}

function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/" element={<DashboardPage />} />
        <Route path="/lagging" element={<LaggingVillagesPage />} />
        <Route path="/targets" element={<TargetsPage />} />
        <Route path="/funding-policy" element={<FundingPolicyPage />} />
        <Route path="/budget-plan" element={<BudgetPlanPage />} />
        <Route path="/budget-gap" element={<BudgetGapPage />} />
        <Route path="/roster" element={<RosterPage />} />
        <Route path="/roster/:villageCode" element={<RosterPage />} />
        <Route path="/roster/:villageCode/new" element={<AddPersonPage />} />
        <Route path="/roster/:villageCode/import" element={<ImportRosterPage />} />
        <Route path="/roster-import" element={<ImportRegionRosterPage />} />
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
        <Route path="/monev" element={<MonevPage />} />
        <Route path="/monev/meetings/:id" element={<MeetingPage />} />
        <Route path="/monev/meetings/:id/report" element={<MonevReportPage />} />
        <Route path="/monev/village/:villageCode" element={<VillageFindingsPage />} />
        <Route path="/rates" element={<RatesPage />} />
        <Route path="/ucj" element={<UcjPage />} />
        <Route path="/bpjs" element={<BpjsReconciliationPage />} />
        <Route path="/payments" element={<PaymentsPage />} />
        <Route path="/audit" element={<AuditPage />} />
        <Route path="/account" element={<AccountPage />} />
        {/* The setup pages' addresses, once the setup is done (a reload, the back button). */}
        <Route path="/account/*" element={<Navigate to="/account" replace />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
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
