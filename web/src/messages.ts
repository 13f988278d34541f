import { accountMessages } from './features/account/messages';
import { auditMessages } from './features/audit/messages';
import { authMessages } from './features/auth/messages';
import { dashboardMessages } from './features/dashboard/messages';
import { notificationsMessages } from './features/notifications/messages';
import { regionsMessages } from './features/regions/messages';
import { rosterMessages } from './features/roster/messages';
import { personMessages } from './features/roster/personMessages';
import { submissionsMessages } from './features/submissions/messages';
import { usersMessages } from './features/users/messages';
import { registerMessages } from './shared/i18n';

// The app, not shared/, knows its features: it registers their texts and adds their keys to MessageKey.
const featureMessages = [
  accountMessages,
  auditMessages,
  authMessages,
  dashboardMessages,
  notificationsMessages,
  regionsMessages,
  rosterMessages,
  personMessages,
  submissionsMessages,
  usersMessages,
];

type FeatureKeys = (typeof featureMessages)[number]['id'];
type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

declare module './shared/i18n' {
  interface MessageCatalog extends UnionToIntersection<FeatureKeys> {}
}

registerMessages(...featureMessages);
