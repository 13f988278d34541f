import type { accountMessages } from './features/account/messages';
import type { auditMessages } from './features/audit/messages';
import { authMessages } from './features/auth/messages';
import type { chartMessages } from './features/dashboard/charts/messages';
import type { dashboardMessages } from './features/dashboard/messages';
import type { gapMessages } from './features/gap/messages';
import type { laggingMessages } from './features/lagging/messages';
import type { monevMessages } from './features/monev/messages';
import type { monevReportMessages } from './features/monev/reportMessages';
import type { notificationsMessages } from './features/notifications/messages';
import type { policyMessages } from './features/policies/messages';
import type { planMessages } from './features/plans/messages';
import type { ratesMessages } from './features/rates/messages';
import type { regionsMessages } from './features/regions/messages';
import type { rosterMessages } from './features/roster/messages';
import type { personMessages } from './features/roster/personMessages';
import type { submissionsMessages } from './features/submissions/messages';
import type { targetsMessages } from './features/targets/messages';
import type { paymentsMessages } from './features/payments/messages';
import type { ucjMessages } from './features/ucj/messages';
import type { bpjsMessages } from './features/bpjs/messages';
import type { usersMessages } from './features/users/messages';
import { registerMessages } from './shared/i18n';

// The app, not shared/, knows its features: it adds their keys to MessageKey and registers their texts — the sign-in
// page's here, in the first load; the others with the signed-in part of the app (signedInMessages.ts).
type FeatureMessages =
  | typeof accountMessages
  | typeof auditMessages
  | typeof authMessages
  | typeof chartMessages
  | typeof dashboardMessages
  | typeof gapMessages
  | typeof laggingMessages
  | typeof monevMessages
  | typeof monevReportMessages
  | typeof notificationsMessages
  | typeof policyMessages
  | typeof planMessages
  | typeof ratesMessages
  | typeof regionsMessages
  | typeof rosterMessages
  | typeof personMessages
  | typeof submissionsMessages
  | typeof targetsMessages
  | typeof ucjMessages
  | typeof paymentsMessages
  | typeof bpjsMessages
  | typeof usersMessages;

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

declare module './shared/i18n' {
  interface MessageCatalog extends UnionToIntersection<FeatureMessages['id']> {}
}

registerMessages(authMessages);
