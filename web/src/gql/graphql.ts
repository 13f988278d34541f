/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddPersonInput = {
  enrollment?: EnrollmentInput | null | undefined;
  fullName: string;
  /** 16 digits. */
  nik: string;
  /** A code from `positions`. */
  positionCode: string;
  termEnd?: string | null | undefined;
  termStart: string;
  /** Kemendagri code of the village, e.g. 61.01.01.2001. */
  villageCode: string;
};

export type ApproveSubmissionInput = {
  submissionId: string | number;
};

export type AuditEntryFilterInput = {
  action?: StringOperationFilterInput | null | undefined;
  entity?: StringOperationFilterInput | null | undefined;
  entityId?: StringOperationFilterInput | null | undefined;
  module?: StringOperationFilterInput | null | undefined;
  regionCode?: StringOperationFilterInput | null | undefined;
  requestId?: StringOperationFilterInput | null | undefined;
  userName?: StringOperationFilterInput | null | undefined;
};

export type ChangePasswordInput = {
  /** The password used to sign in (a one-time password included). */
  currentPassword: string;
  /** At least 10 characters, with upper- and lower-case letters, a digit and a symbol. */
  newPassword: string;
};

export type ChangeUserAccessInput = {
  regionCode: string;
  role: UserRole;
  userName: string;
};

export type CreateUserInput = {
  email?: string | null | undefined;
  fullName: string;
  phoneNumber?: string | null | undefined;
  /** Province for ProvinceAdmin, regency for RegencyStaff, village for VillageOperator, any for Viewer. */
  regionCode: string;
  role: UserRole;
  /** 3–50 characters: lower-case letters, digits, '.', '_' or '-'. */
  userName: string;
};

export type DisableTwoFactorInput = {
  /** The 6 digits the authenticator app shows now. */
  code: string;
};

export type DisableUserInput = {
  userName: string;
};

export type EnableTwoFactorInput = {
  /** The 6 digits the authenticator app shows now. */
  code: string;
};

export type EnableUserInput = {
  userName: string;
};

export type EnrollmentInput = {
  /** Digits only. */
  kpj: string;
  programs: Array<Program>;
  /** PU (default) or BPU. */
  scheme?: Scheme | null | undefined;
  startDate: string;
  /** Monthly rupiah; default: the position's wage base. */
  wageBase?: number | null | undefined;
};

export type ImportOperatorsInput = {
  /** The file's text: user_name,full_name,village_code,contact (contact: email or phone number). */
  csv: string;
  /** true: only check the file and report. */
  dryRun?: boolean | null | undefined;
};

export type ImportRegionsInput = {
  /** The file's text: code,name,level,parent_code,kind. */
  csv: string;
  /** true: only report what would change. */
  dryRun: boolean;
  fileName?: string | null | undefined;
};

export type Program =
  | 'JHT'
  | 'JKK'
  | 'JKM'
  | 'JP';

export type RegionChangeKind =
  | 'ADDED'
  | 'RECLASSIFIED'
  | 'RENAMED'
  | 'RESTORED'
  | 'RETIRED';

export type RegionFilterInput = {
  code?: StringOperationFilterInput | null | undefined;
  level?: RegionLevelOperationFilterInput | null | undefined;
  name?: StringOperationFilterInput | null | undefined;
  parentCode?: StringOperationFilterInput | null | undefined;
};

export type RegionKind =
  | 'DESA'
  | 'DESA_ADAT'
  | 'KABUPATEN'
  | 'KELURAHAN'
  | 'KOTA';

export type RegionLevel =
  | 'DISTRICT'
  | 'PROVINCE'
  | 'REGENCY'
  | 'VILLAGE';

export type RegionLevelOperationFilterInput = {
  eq?: RegionLevel | null | undefined;
  in?: Array<RegionLevel> | null | undefined;
  neq?: RegionLevel | null | undefined;
};

export type ResetPasswordInput = {
  userName: string;
};

export type ReturnSubmissionInput = {
  /** Required: tells the village what to fix. */
  reason: string;
  submissionId: string | number;
};

export type RosterStatus =
  | 'DRAFT'
  | 'OFFICIAL'
  | 'PENDING';

export type Scheme =
  | 'BPU'
  | 'PU';

export type Segment =
  | 'APARATUR_DESA'
  | 'BPD'
  | 'EKOSISTEM_DESA';

export type StringOperationFilterInput = {
  /** Case-insensitive. */
  contains?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  neq?: string | null | undefined;
  startsWith?: string | null | undefined;
};

export type SubmissionStatus =
  | 'APPROVED'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type SubmitRosterInput = {
  villageCode: string;
};

export type UserFilterInput = {
  fullName?: StringOperationFilterInput | null | undefined;
  regionCode?: StringOperationFilterInput | null | undefined;
  role?: UserRoleOperationFilterInput | null | undefined;
  status?: UserStatusOperationFilterInput | null | undefined;
  userName?: StringOperationFilterInput | null | undefined;
};

export type UserRole =
  | 'ProvinceAdmin'
  | 'RegencyStaff'
  | 'Viewer'
  | 'VillageOperator';

export type UserRoleOperationFilterInput = {
  eq?: UserRole | null | undefined;
  in?: Array<UserRole> | null | undefined;
  neq?: UserRole | null | undefined;
};

/** DISABLED: switched off by an administrator. LOCKED_OUT: too many wrong passwords, for 15 minutes. */
export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'LOCKED_OUT';

export type UserStatusOperationFilterInput = {
  eq?: UserStatus | null | undefined;
  in?: Array<UserStatus> | null | undefined;
  neq?: UserStatus | null | undefined;
};

export type WithdrawSubmissionInput = {
  submissionId: string | number;
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { me: { userName: string, fullName: string, role: UserRole, regionCode: string, mustChangePassword: boolean, twoFactorEnabled: boolean, twoFactorRequired: boolean, region: { code: string, name: string, level: RegionLevel } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type BeginTwoFactorSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginTwoFactorSetupMutation = { beginTwoFactorSetup: { sharedKey: string | null, authenticatorUri: string | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type EnableTwoFactorMutationVariables = Exact<{
  input: EnableTwoFactorInput;
}>;


export type EnableTwoFactorMutation = { enableTwoFactor: { me: { userName: string, fullName: string, role: UserRole, regionCode: string, mustChangePassword: boolean, twoFactorEnabled: boolean, twoFactorRequired: boolean, region: { code: string, name: string, level: RegionLevel } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type DisableTwoFactorMutationVariables = Exact<{
  input: DisableTwoFactorInput;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: { me: { userName: string, fullName: string, role: UserRole, regionCode: string, mustChangePassword: boolean, twoFactorEnabled: boolean, twoFactorRequired: boolean, region: { code: string, name: string, level: RegionLevel } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type AuditTrailQueryVariables = Exact<{
  where?: AuditEntryFilterInput | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, userName: string, role: string | null, scope: string | null, module: string, entity: string, entityId: string, regionCode: string, action: string, before: string | null, after: string | null, requestId: string | null }> | null } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userName: string, fullName: string, role: UserRole, regionCode: string, mustChangePassword: boolean, twoFactorEnabled: boolean, twoFactorRequired: boolean, region: { code: string, name: string, level: RegionLevel } | null } | null };

export type MeFieldsFragment = { userName: string, fullName: string, role: UserRole, regionCode: string, mustChangePassword: boolean, twoFactorEnabled: boolean, twoFactorRequired: boolean, region: { code: string, name: string, level: RegionLevel } | null };

export type CoverageQueryVariables = Exact<{
  regionCode: string;
  year: number;
}>;


export type CoverageQuery = { coverage: { year: number, asOf: string, region: { code: string, name: string, level: RegionLevel }, target: { indicator: string, percent: number } | null, total: { regionCode: string, regionName: string, peopleInOffice: number, peopleCovered: number, coveragePercent: number, villages: number, villagesWithCoverage: number }, byRegion: Array<{ regionCode: string, regionName: string, peopleInOffice: number, peopleCovered: number, coveragePercent: number, villages: number, villagesWithCoverage: number }> } | null };

export type CoverageFiguresRowFragment = { regionCode: string, regionName: string, peopleInOffice: number, peopleCovered: number, coveragePercent: number, villages: number, villagesWithCoverage: number };

export type RegionSearchQueryVariables = Exact<{
  where?: RegionFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
  includeRetired?: boolean | null | undefined;
}>;


export type RegionSearchQuery = { regions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, level: RegionLevel, kind: RegionKind | null, retiredOn: string | null, ancestors: Array<{ code: string, name: string }> }> | null } | null };

export type RegionRowFragment = { code: string, name: string, level: RegionLevel, kind: RegionKind | null, retiredOn: string | null };

export type RegionChildrenQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
  includeRetired?: boolean | null | undefined;
}>;


export type RegionChildrenQuery = { region: { code: string, children: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, level: RegionLevel, kind: RegionKind | null, retiredOn: string | null }> | null } | null } | null };

export type RegionDetailQueryVariables = Exact<{
  code: string;
}>;


export type RegionDetailQuery = { region: { parentCode: string | null, code: string, name: string, level: RegionLevel, kind: RegionKind | null, retiredOn: string | null, ancestors: Array<{ code: string, name: string }>, counts: Array<{ level: RegionLevel, kind: RegionKind | null, count: number }>, history: Array<{ kind: RegionChangeKind, oldValue: string | null, newValue: string | null, changedAt: string, changedBy: string, source: string }> } | null };

export type ImportRegionsMutationVariables = Exact<{
  input: ImportRegionsInput;
  changes: number;
}>;


export type ImportRegionsMutation = { importRegions: { report: { rows: number, unchanged: number, added: number, renamed: number, reclassified: number, retired: number, restored: number, applied: boolean, refused: boolean, problemCount: number, changes: Array<{ code: string, name: string, kind: RegionChangeKind, oldValue: string | null, newValue: string | null }>, problemKinds: Array<{ code: string, count: number, first: { line: number, column: string | null, code: string, message: string, messageEn: string } }>, problems: Array<{ line: number, column: string | null, code: string, message: string, messageEn: string }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type RosterQueryVariables = Exact<{
  villageCode: string;
  withPositions: boolean;
}>;


export type RosterQuery = { region: { code: string, name: string, kind: RegionKind | null, level: RegionLevel } | null, people: { totalCount: number, nodes: Array<{ id: string, fullName: string, nik: string, termStart: string, termEnd: string | null, status: RosterStatus, covered: boolean, position: { code: string, name: string }, enrollment: { kpj: string, programs: Array<Program>, monthlyPremium: { amount: number } } | null }> | null } | null, submissions: { nodes: Array<{ id: string, status: SubmissionStatus, submittedAt: string, reviewedAt: string | null, reason: string | null }> | null } | null, positions?: Array<{ code: string, name: string, segment: Segment }> };

export type AddPersonMutationVariables = Exact<{
  input: AddPersonInput;
}>;


export type AddPersonMutation = { addPerson: { person: { id: string, fullName: string, status: RosterStatus } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type SubmitRosterMutationVariables = Exact<{
  input: SubmitRosterInput;
}>;


export type SubmitRosterMutation = { submitRoster: { submission: { id: string, status: SubmissionStatus, submittedAt: string } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type WithdrawSubmissionMutationVariables = Exact<{
  input: WithdrawSubmissionInput;
}>;


export type WithdrawSubmissionMutation = { withdrawSubmission: { submission: { id: string, status: SubmissionStatus } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type VillageSearchQueryVariables = Exact<{
  where: RegionFilterInput;
}>;


export type VillageSearchQuery = { regions: { totalCount: number, nodes: Array<{ code: string, name: string, kind: RegionKind | null }> | null } | null };

export type SubmissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubmissionsQuery = { submissions: { totalCount: number, nodes: Array<{ id: string, villageCode: string, status: SubmissionStatus, submittedAt: string, submittedBy: string, reviewedAt: string | null, reviewedBy: string | null, reason: string | null, peopleCount: number, village: { name: string } | null }> | null } | null };

export type ApproveSubmissionMutationVariables = Exact<{
  input: ApproveSubmissionInput;
}>;


export type ApproveSubmissionMutation = { approveSubmission: { submission: { id: string, status: SubmissionStatus } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ReturnSubmissionMutationVariables = Exact<{
  input: ReturnSubmissionInput;
}>;


export type ReturnSubmissionMutation = { returnSubmission: { submission: { id: string, status: SubmissionStatus, reason: string | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type UsersQueryVariables = Exact<{
  where?: UserFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null }> | null } | null };

export type UserRowFragment = { userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null };

export type UserRegionLookupQueryVariables = Exact<{
  name: string;
}>;


export type UserRegionLookupQuery = { regions: { nodes: Array<{ code: string, name: string, level: RegionLevel }> | null } | null };

export type UserDetailQueryVariables = Exact<{
  userName: string;
}>;


export type UserDetailQuery = { user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null };

export type UserDetailFieldsFragment = { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { initialPassword: string | null, user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type DisableUserMutationVariables = Exact<{
  input: DisableUserInput;
}>;


export type DisableUserMutation = { disableUser: { user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type EnableUserMutationVariables = Exact<{
  input: EnableUserInput;
}>;


export type EnableUserMutation = { enableUser: { user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { initialPassword: string | null, user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ChangeUserAccessMutationVariables = Exact<{
  input: ChangeUserAccessInput;
}>;


export type ChangeUserAccessMutation = { changeUserAccess: { user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type ImportOperatorsMutationVariables = Exact<{
  input: ImportOperatorsInput;
}>;


export type ImportOperatorsMutation = { importOperators: { report: { applied: boolean, refused: boolean, created: number, rows: Array<{ line: number, userName: string, fullName: string, villageCode: string, initialPassword: string | null }>, problems: Array<{ line: number, column: string | null, code: string, message: string }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MeFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeFields on Me {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
    level
  }
  mustChangePassword
  twoFactorEnabled
  twoFactorRequired
}
    `, {"fragmentName":"MeFields"}) as unknown as TypedDocumentString<MeFieldsFragment, unknown>;
export const CoverageFiguresRowFragmentDoc = new TypedDocumentString(`
    fragment CoverageFiguresRow on CoverageFigures {
  regionCode
  regionName
  peopleInOffice
  peopleCovered
  coveragePercent
  villages
  villagesWithCoverage
}
    `, {"fragmentName":"CoverageFiguresRow"}) as unknown as TypedDocumentString<CoverageFiguresRowFragment, unknown>;
export const RegionRowFragmentDoc = new TypedDocumentString(`
    fragment RegionRow on Region {
  code
  name
  level
  kind
  retiredOn
}
    `, {"fragmentName":"RegionRow"}) as unknown as TypedDocumentString<RegionRowFragment, unknown>;
export const UserRowFragmentDoc = new TypedDocumentString(`
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
    `, {"fragmentName":"UserRow"}) as unknown as TypedDocumentString<UserRowFragment, unknown>;
export const UserDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}`, {"fragmentName":"UserDetailFields"}) as unknown as TypedDocumentString<UserDetailFieldsFragment, unknown>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    me {
      ...MeFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MeFields on Me {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
    level
  }
  mustChangePassword
  twoFactorEnabled
  twoFactorRequired
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const BeginTwoFactorSetupDocument = new TypedDocumentString(`
    mutation BeginTwoFactorSetup {
  beginTwoFactorSetup {
    sharedKey
    authenticatorUri
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<BeginTwoFactorSetupMutation, BeginTwoFactorSetupMutationVariables>;
export const EnableTwoFactorDocument = new TypedDocumentString(`
    mutation EnableTwoFactor($input: EnableTwoFactorInput!) {
  enableTwoFactor(input: $input) {
    me {
      ...MeFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MeFields on Me {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
    level
  }
  mustChangePassword
  twoFactorEnabled
  twoFactorRequired
}`) as unknown as TypedDocumentString<EnableTwoFactorMutation, EnableTwoFactorMutationVariables>;
export const DisableTwoFactorDocument = new TypedDocumentString(`
    mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
  disableTwoFactor(input: $input) {
    me {
      ...MeFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment MeFields on Me {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
    level
  }
  mustChangePassword
  twoFactorEnabled
  twoFactorRequired
}`) as unknown as TypedDocumentString<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($where: AuditEntryFilterInput, $from: DateTime, $to: DateTime, $first: Int!, $after: String) {
  auditTrail(
    where: $where
    from: $from
    to: $to
    first: $first
    after: $after
    order: [{at: DESC}]
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      userName
      role
      scope
      module
      entity
      entityId
      regionCode
      action
      before
      after
      requestId
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...MeFields
  }
}
    fragment MeFields on Me {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
    level
  }
  mustChangePassword
  twoFactorEnabled
  twoFactorRequired
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($regionCode: String!, $year: Int!) {
  coverage(regionCode: $regionCode, year: $year) {
    year
    asOf
    region {
      code
      name
      level
    }
    target {
      indicator
      percent
    }
    total {
      ...CoverageFiguresRow
    }
    byRegion {
      ...CoverageFiguresRow
    }
  }
}
    fragment CoverageFiguresRow on CoverageFigures {
  regionCode
  regionName
  peopleInOffice
  peopleCovered
  coveragePercent
  villages
  villagesWithCoverage
}`) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const RegionSearchDocument = new TypedDocumentString(`
    query RegionSearch($where: RegionFilterInput, $first: Int!, $after: String, $includeRetired: Boolean) {
  regions(
    where: $where
    first: $first
    after: $after
    order: [{code: ASC}]
    includeRetired: $includeRetired
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...RegionRow
      ancestors {
        code
        name
      }
    }
  }
}
    fragment RegionRow on Region {
  code
  name
  level
  kind
  retiredOn
}`) as unknown as TypedDocumentString<RegionSearchQuery, RegionSearchQueryVariables>;
export const RegionChildrenDocument = new TypedDocumentString(`
    query RegionChildren($code: String!, $first: Int!, $after: String, $includeRetired: Boolean) {
  region(code: $code) {
    code
    children(
      first: $first
      after: $after
      order: [{code: ASC}]
      includeRetired: $includeRetired
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RegionRow
      }
    }
  }
}
    fragment RegionRow on Region {
  code
  name
  level
  kind
  retiredOn
}`) as unknown as TypedDocumentString<RegionChildrenQuery, RegionChildrenQueryVariables>;
export const RegionDetailDocument = new TypedDocumentString(`
    query RegionDetail($code: String!) {
  region(code: $code) {
    ...RegionRow
    parentCode
    ancestors {
      code
      name
    }
    counts {
      level
      kind
      count
    }
    history {
      kind
      oldValue
      newValue
      changedAt
      changedBy
      source
    }
  }
}
    fragment RegionRow on Region {
  code
  name
  level
  kind
  retiredOn
}`) as unknown as TypedDocumentString<RegionDetailQuery, RegionDetailQueryVariables>;
export const ImportRegionsDocument = new TypedDocumentString(`
    mutation ImportRegions($input: ImportRegionsInput!, $changes: Int!) {
  importRegions(input: $input) {
    report {
      rows
      unchanged
      added
      renamed
      reclassified
      retired
      restored
      applied
      refused
      changes(first: $changes) {
        code
        name
        kind
        oldValue
        newValue
      }
      problemCount
      problemKinds {
        code
        count
        first {
          line
          column
          code
          message
          messageEn
        }
      }
      problems(first: 2000) {
        line
        column
        code
        message
        messageEn
      }
    }
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ImportRegionsMutation, ImportRegionsMutationVariables>;
export const RosterDocument = new TypedDocumentString(`
    query Roster($villageCode: String!, $withPositions: Boolean!) {
  region(code: $villageCode) {
    code
    name
    kind
    level
  }
  people(
    where: {villageCode: {eq: $villageCode}}
    first: 50
    order: [{fullName: ASC}]
  ) {
    totalCount
    nodes {
      id
      fullName
      nik
      position {
        code
        name
      }
      termStart
      termEnd
      status
      covered
      enrollment {
        kpj
        programs
        monthlyPremium {
          amount
        }
      }
    }
  }
  submissions(
    where: {villageCode: {eq: $villageCode}}
    first: 1
    order: [{submittedAt: DESC}]
  ) {
    nodes {
      id
      status
      submittedAt
      reviewedAt
      reason
    }
  }
  positions @include(if: $withPositions) {
    code
    name
    segment
  }
}
    `) as unknown as TypedDocumentString<RosterQuery, RosterQueryVariables>;
export const AddPersonDocument = new TypedDocumentString(`
    mutation AddPerson($input: AddPersonInput!) {
  addPerson(input: $input) {
    person {
      id
      fullName
      status
    }
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AddPersonMutation, AddPersonMutationVariables>;
export const SubmitRosterDocument = new TypedDocumentString(`
    mutation SubmitRoster($input: SubmitRosterInput!) {
  submitRoster(input: $input) {
    submission {
      id
      status
      submittedAt
    }
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitRosterMutation, SubmitRosterMutationVariables>;
export const WithdrawSubmissionDocument = new TypedDocumentString(`
    mutation WithdrawSubmission($input: WithdrawSubmissionInput!) {
  withdrawSubmission(input: $input) {
    submission {
      id
      status
    }
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawSubmissionMutation, WithdrawSubmissionMutationVariables>;
export const VillageSearchDocument = new TypedDocumentString(`
    query VillageSearch($where: RegionFilterInput!) {
  regions(where: $where, first: 20, order: [{name: ASC}]) {
    totalCount
    nodes {
      code
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<VillageSearchQuery, VillageSearchQueryVariables>;
export const SubmissionsDocument = new TypedDocumentString(`
    query Submissions {
  submissions(first: 50, order: [{submittedAt: ASC}]) {
    totalCount
    nodes {
      id
      villageCode
      village {
        name
      }
      status
      submittedAt
      submittedBy
      reviewedAt
      reviewedBy
      reason
      peopleCount
    }
  }
}
    `) as unknown as TypedDocumentString<SubmissionsQuery, SubmissionsQueryVariables>;
export const ApproveSubmissionDocument = new TypedDocumentString(`
    mutation ApproveSubmission($input: ApproveSubmissionInput!) {
  approveSubmission(input: $input) {
    submission {
      id
      status
    }
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveSubmissionMutation, ApproveSubmissionMutationVariables>;
export const ReturnSubmissionDocument = new TypedDocumentString(`
    mutation ReturnSubmission($input: ReturnSubmissionInput!) {
  returnSubmission(input: $input) {
    submission {
      id
      status
      reason
    }
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnSubmissionMutation, ReturnSubmissionMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($where: UserFilterInput, $first: Int!, $after: String) {
  users(where: $where, first: $first, after: $after, order: [{userName: ASC}]) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...UserRow
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserRegionLookupDocument = new TypedDocumentString(`
    query UserRegionLookup($name: String!) {
  regions(where: {name: {contains: $name}}, first: 20, order: [{code: ASC}]) {
    nodes {
      code
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<UserRegionLookupQuery, UserRegionLookupQueryVariables>;
export const UserDetailDocument = new TypedDocumentString(`
    query UserDetail($userName: String!) {
  user(userName: $userName) {
    ...UserDetailFields
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}`) as unknown as TypedDocumentString<UserDetailQuery, UserDetailQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      ...UserDetailFields
    }
    initialPassword
    errors {
      code
      message
      field
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($input: DisableUserInput!) {
  disableUser(input: $input) {
    user {
      ...UserDetailFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}`) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($input: EnableUserInput!) {
  enableUser(input: $input) {
    user {
      ...UserDetailFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}`) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    user {
      ...UserDetailFields
    }
    initialPassword
    errors {
      code
      message
      field
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangeUserAccessDocument = new TypedDocumentString(`
    mutation ChangeUserAccess($input: ChangeUserAccessInput!) {
  changeUserAccess(input: $input) {
    user {
      ...UserDetailFields
    }
    errors {
      code
      message
      field
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}`) as unknown as TypedDocumentString<ChangeUserAccessMutation, ChangeUserAccessMutationVariables>;
export const ImportOperatorsDocument = new TypedDocumentString(`
    mutation ImportOperators($input: ImportOperatorsInput!) {
  importOperators(input: $input) {
    report {
      applied
      refused
      created
      rows {
        line
        userName
        fullName
        villageCode
        initialPassword
      }
      problems {
        line
        column
        code
        message
      }
    }
    errors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ImportOperatorsMutation, ImportOperatorsMutationVariables>;