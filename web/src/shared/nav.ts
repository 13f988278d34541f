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
  return [
    ...mainItemsFor(role),
    { to: '/monev', label: 'nav.monev' },
    { to: '/rates', label: 'nav.rates' },
    { to: '/funding-policy', label: 'nav.fundingPolicy' },
    { to: '/budget-plan', label: 'nav.budgetPlan' },
    { to: '/budget-gap', label: 'nav.budgetGap' },
    { to: '/payments', label: 'nav.payments' },
    ...(can.readBpjsReconciliation(role) ? [{ to: '/bpjs', label: 'nav.bpjs' } as NavItem] : []),
    ...regionItemsFor(role),
    ...adminItemsFor(role),
  ];
}

function mainItemsFor(role: UserRole): NavItem[] {
  const dashboard: NavItem = { to: '/', label: 'nav.dashboard', end: true };
  const lagging: NavItem = { to: '/lagging', label: 'nav.lagging' };
  const targets: NavItem = { to: '/targets', label: 'nav.targets' };
  const regionImport: NavItem = { to: '/roster-import', label: 'nav.rosterImportRegion' };
  switch (role) {
    case 'VillageOperator':
      return [dashboard, { to: '/roster', label: 'nav.roster.own' }, { to: '/submissions', label: 'nav.submissions.own' }];
    case 'RegencyStaff':
      return [dashboard, lagging, { to: '/submissions', label: 'nav.submissions.inbox' }, { to: '/roster', label: 'nav.roster.lookup' }, regionImport];
    case 'ProvinceAdmin':
      return [dashboard, lagging, targets, { to: '/submissions', label: 'nav.submissions.inbox' }, { to: '/roster', label: 'nav.roster.lookup' }, regionImport];
    case 'Viewer':
    case 'BpjsOfficer':
      return [dashboard, lagging, targets, { to: '/submissions', label: 'nav.submissions.list' }, { to: '/roster', label: 'nav.roster.lookup' }];
  }
}

/** Everyone may browse regions; only the province admin imports the official list. */
function regionItemsFor(role: UserRole): NavItem[] {
  const browse: NavItem = { to: '/regions', label: 'nav.regions', notUnder: ['/regions/import'] };
  return can.importRegions(role) ? [browse, { to: '/regions/import', label: 'nav.regions.import' }] : [browse];
}

/** The administrators of a province or regency manage accounts and read the audit trail of their region. */
function adminItemsFor(role: UserRole): NavItem[] {
  const items: NavItem[] = [];
  if (can.manageUsers(role)) items.push({ to: '/users', label: 'nav.users' });
  if (can.recordUcj(role)) items.push({ to: '/ucj', label: 'nav.ucj' });
  if (can.viewAudit(role)) items.push({ to: '/audit', label: 'nav.audit' });
  return items;
}

/** The national reader (Kemendagri): a viewer whose region is the whole country, the empty code. */
export function isNationalReader(user: { role: UserRole; regionCode: string }): boolean {
  return user.role === 'Viewer' && user.regionCode === '';
}

/** The role as shown: a viewer of the whole country is named apart from one of a region. */
export function roleLabelKey(user: { role: UserRole; regionCode: string }): MessageKey {
  return isNationalReader(user) ? 'role.NationalReader' : `role.${user.role}`;
}

export const ALL_ROLES: UserRole[] = ['ProvinceAdmin', 'RegencyStaff', 'VillageOperator', 'Viewer', 'BpjsOfficer'];

/** The roles an administrator may give (the server's delegation policy says the same). */
export function grantableRoles(role: UserRole): UserRole[] {
  switch (role) {
    case 'ProvinceAdmin':
      return ALL_ROLES;
    case 'RegencyStaff':
      return ['VillageOperator'];
    default:
      return [];
  }
}

export const can = {
  editRoster: (role: UserRole, regionCode: string, villageCode: string) =>
    role === 'VillageOperator' && regionCode === villageCode,
  /** Approve or return a village's roster, alone or in bulk: its regency, or its province — the second pair of eyes on a regency's own import (the server says the same). */
  reviewSubmissions: (role: UserRole) => role === 'RegencyStaff' || role === 'ProvinceAdmin',
  /** Taking an approval back stays the regency's. */
  reopenApprovals: (role: UserRole) => role === 'RegencyStaff',
  importRegions: (role: UserRole) => role === 'ProvinceAdmin',
  /** A regency's staff import their villages' rosters in one file, the province admin the province's (the server says the same). */
  importRegionRoster: (role: UserRole) => role === 'ProvinceAdmin' || role === 'RegencyStaff',
  /** UCJ's inputs come from BPJS Ketenagakerjaan and BPS through the province. */
  recordUcj: (role: UserRole) => role === 'ProvinceAdmin',
  /** The branch's participant list: its BPJS officer or the province admin uploads it (the server says the same). */
  uploadBpjsList: (role: UserRole) => role === 'BpjsOfficer' || role === 'ProvinceAdmin',
  /** The reconciliation names who BPJS knows: the branch and those who keep or review rosters read it, not a viewer. */
  readBpjsReconciliation: (role: UserRole) => role !== 'Viewer',
  /** Payments are recorded by the village and, within their region, by regency staff and the province admin. */
  recordPayments: (role: UserRole) => role === 'ProvinceAdmin' || role === 'RegencyStaff' || role === 'VillageOperator',
  /** The premium rate table is national; the province admin keeps it (the server says the same). */
  editRates: (role: UserRole) => role === 'ProvinceAdmin',
  /** A funding policy is the regency's Perbup: its staff set their regency's, the province admin any in the province. */
  setFundingPolicy: (role: UserRole) => role === 'ProvinceAdmin' || role === 'RegencyStaff',
  manageUsers: (role: UserRole) => role === 'ProvinceAdmin' || role === 'RegencyStaff',
  viewAudit: (role: UserRole) => role === 'ProvinceAdmin' || role === 'RegencyStaff',
  /** Disable, enable, reset the password of another account of a role one may give. */
  manageUser: (me: { role: UserRole; userName: string }, user: { role: UserRole; userName: string }) =>
    me.userName !== user.userName && grantableRoles(me.role).includes(user.role),
  /** Only the province admin moves an account to another role or region. */
  changeAccess: (role: UserRole) => role === 'ProvinceAdmin',
  /** Province admins and regency staff record monev meetings, findings and follow-ups in their region. */
  recordMonev: (role: UserRole) => role === 'ProvinceAdmin' || role === 'RegencyStaff',
  /** A village operator updates only the follow-ups its village owns (the server checks the same). */
  updateFollowUp: (role: UserRole, owner: string) =>
    role === 'ProvinceAdmin' || role === 'RegencyStaff' || (role === 'VillageOperator' && owner === 'VILLAGE'),
};
