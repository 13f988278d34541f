import type { UserRole } from '../gql/graphql';
import type { MessageKey } from './i18n';

export interface NavItem {
  to: string;
  label: MessageKey;
  end?: boolean;
  /** Not shown as active under these paths (they have their own item). */
  notUnder?: string[];
}

/** What each role may open. Labels say what the role can do there (inbox vs read-only list). */
export function navItemsFor(role: UserRole): NavItem[] {
  return [...mainItemsFor(role), ...regionItemsFor(role)];
}

function mainItemsFor(role: UserRole): NavItem[] {
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

/** Everyone may browse regions; only the province admin imports the official list. */
function regionItemsFor(role: UserRole): NavItem[] {
  const browse: NavItem = { to: '/regions', label: 'nav.regions', notUnder: ['/regions/import'] };
  return can.importRegions(role) ? [browse, { to: '/regions/import', label: 'nav.regions.import' }] : [browse];
}

export const can = {
  editRoster: (role: UserRole, regionCode: string, villageCode: string) =>
    role === 'VillageOperator' && regionCode === villageCode,
  reviewSubmissions: (role: UserRole) => role === 'RegencyStaff',
  importRegions: (role: UserRole) => role === 'ProvinceAdmin',
};
