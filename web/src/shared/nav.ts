import type { UserRole } from '../gql/graphql';
import type { MessageKey } from './i18n';

export interface NavItem {
  to: string;
  label: MessageKey;
  end?: boolean;
}

/** What each role may open. Labels say what the role can do there (inbox vs read-only list). */
export function navItemsFor(role: UserRole): NavItem[] {
  const dashboard: NavItem = { to: '/', label: 'nav.dashboard', end: true };
  switch (role) {
    case 'VillageOperator':
      return [dashboard, { to: '/roster', label: 'nav.roster.own' }, { to: '/submissions', label: 'nav.submissions.own' }];
    case 'RegencyStaff':
      return [dashboard, { to: '/submissions', label: 'nav.submissions.inbox' }, { to: '/roster', label: 'nav.roster.lookup' }];
    case 'ProvinceAdmin':
    case 'Viewer':
      return [dashboard, { to: '/submissions', label: 'nav.submissions.list' }, { to: '/roster', label: 'nav.roster.lookup' }];
  }
}

export const can = {
  editRoster: (role: UserRole, regionCode: string, villageCode: string) =>
    role === 'VillageOperator' && regionCode === villageCode,
  reviewSubmissions: (role: UserRole) => role === 'RegencyStaff',
};
