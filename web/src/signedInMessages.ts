import { accountMessages } from './features/account/messages';
import { auditMessages } from './features/audit/messages';
import { chartMessages } from './features/dashboard/charts/messages';
import { dashboardMessages } from './features/dashboard/messages';
import { gapMessages } from './features/gap/messages';
import { laggingMessages } from './features/lagging/messages';
import { monevMessages } from './features/monev/messages';
import { monevReportMessages } from './features/monev/reportMessages';
import { notificationsMessages } from './features/notifications/messages';
import { ratesMessages } from './features/rates/messages';
import { policyMessages } from './features/policies/messages';
import { planMessages } from './features/plans/messages';
import { regionsMessages } from './features/regions/messages';
import { rosterMessages } from './features/roster/messages';
import { personMessages } from './features/roster/personMessages';
import { submissionsMessages } from './features/submissions/messages';
import { targetsMessages } from './features/targets/messages';
import { usersMessages } from './features/users/messages';
import { paymentsMessages } from './features/payments/messages';
import { ucjMessages } from './features/ucj/messages';
import { bpjsMessages } from './features/bpjs/messages';
import { registerMessages } from './shared/i18n';

// The texts of everything behind the sign-in, loaded with it (their keys are declared in messages.ts).
registerMessages(
  accountMessages,
  auditMessages,
  chartMessages,
  dashboardMessages,
  gapMessages,
  laggingMessages,
  monevMessages,
  monevReportMessages,
  notificationsMessages,
  ratesMessages,
  policyMessages,
  planMessages,
  regionsMessages,
  rosterMessages,
  personMessages,
  submissionsMessages,
  targetsMessages,
  usersMessages,
  ucjMessages,
  paymentsMessages,
  bpjsMessages,
);
