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
  | 'SUBMITTED';

export type SubmitRosterInput = {
  villageCode: string;
};

export type UserRole =
  | 'ProvinceAdmin'
  | 'RegencyStaff'
  | 'Viewer'
  | 'VillageOperator';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userName: string, fullName: string, role: UserRole, regionCode: string, region: { code: string, name: string, level: RegionLevel } | null } | null };

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


export type ImportRegionsMutation = { importRegions: { report: { rows: number, unchanged: number, added: number, renamed: number, reclassified: number, retired: number, restored: number, applied: boolean, refused: boolean, changes: Array<{ code: string, name: string, kind: string, oldValue: string | null, newValue: string | null }>, problems: Array<{ line: number, column: string | null, code: string, message: string, messageEn: string }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

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
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    userName
    fullName
    role
    regionCode
    region {
      code
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
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
      problems {
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