/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      userName\n      fullName\n      role\n      regionCode\n      region {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Coverage($regionCode: String!, $year: Int!) {\n    coverage(regionCode: $regionCode, year: $year) {\n      year\n      asOf\n      region {\n        code\n        name\n        level\n      }\n      target {\n        indicator\n        percent\n      }\n      total {\n        ...CoverageFiguresRow\n      }\n      byRegion {\n        ...CoverageFiguresRow\n      }\n    }\n  }\n\n  fragment CoverageFiguresRow on CoverageFigures {\n    regionCode\n    regionName\n    peopleInOffice\n    peopleCovered\n    coveragePercent\n    villages\n    villagesWithCoverage\n  }\n": typeof types.CoverageDocument,
    "\n  query RegionSearch($where: RegionFilterInput, $first: Int!, $after: String, $includeRetired: Boolean) {\n    regions(where: $where, first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RegionRow\n        ancestors {\n          code\n          name\n        }\n      }\n    }\n  }\n\n  fragment RegionRow on Region {\n    code\n    name\n    level\n    kind\n    retiredOn\n  }\n": typeof types.RegionSearchDocument,
    "\n  query RegionChildren($code: String!, $first: Int!, $after: String, $includeRetired: Boolean) {\n    region(code: $code) {\n      code\n      children(first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...RegionRow\n        }\n      }\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionRow\n      parentCode\n      ancestors {\n        code\n        name\n      }\n      counts {\n        level\n        kind\n        count\n      }\n      history {\n        kind\n        oldValue\n        newValue\n        changedAt\n        changedBy\n        source\n      }\n    }\n  }\n": typeof types.RegionDetailDocument,
    "\n  mutation ImportRegions($input: ImportRegionsInput!, $changes: Int!) {\n    importRegions(input: $input) {\n      report {\n        rows\n        unchanged\n        added\n        renamed\n        reclassified\n        retired\n        restored\n        applied\n        refused\n        changes(first: $changes) {\n          code\n          name\n          kind\n          oldValue\n          newValue\n        }\n        problems {\n          line\n          column\n          code\n          message\n          messageEn\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ImportRegionsDocument,
    "\n  query Roster($villageCode: String!, $withPositions: Boolean!) {\n    region(code: $villageCode) {\n      code\n      name\n      kind\n      level\n    }\n    people(where: { villageCode: { eq: $villageCode } }, first: 50, order: [{ fullName: ASC }]) {\n      totalCount\n      nodes {\n        id\n        fullName\n        nik\n        position {\n          code\n          name\n        }\n        termStart\n        termEnd\n        status\n        covered\n        enrollment {\n          kpj\n          programs\n          monthlyPremium {\n            amount\n          }\n        }\n      }\n    }\n    submissions(where: { villageCode: { eq: $villageCode } }, first: 1, order: [{ submittedAt: DESC }]) {\n      nodes {\n        id\n        status\n        submittedAt\n        reviewedAt\n        reason\n      }\n    }\n    positions @include(if: $withPositions) {\n      code\n      name\n      segment\n    }\n  }\n": typeof types.RosterDocument,
    "\n  mutation AddPerson($input: AddPersonInput!) {\n    addPerson(input: $input) {\n      person {\n        id\n        fullName\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.AddPersonDocument,
    "\n  mutation SubmitRoster($input: SubmitRosterInput!) {\n    submitRoster(input: $input) {\n      submission {\n        id\n        status\n        submittedAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SubmitRosterDocument,
    "\n  query VillageSearch($where: RegionFilterInput!) {\n    regions(where: $where, first: 20, order: [{ name: ASC }]) {\n      totalCount\n      nodes {\n        code\n        name\n        kind\n      }\n    }\n  }\n": typeof types.VillageSearchDocument,
    "\n  query Submissions {\n    submissions(first: 50, order: [{ submittedAt: ASC }]) {\n      totalCount\n      nodes {\n        id\n        villageCode\n        village {\n          name\n        }\n        status\n        submittedAt\n        submittedBy\n        reviewedAt\n        reviewedBy\n        reason\n        peopleCount\n      }\n    }\n  }\n": typeof types.SubmissionsDocument,
    "\n  mutation ApproveSubmission($input: ApproveSubmissionInput!) {\n    approveSubmission(input: $input) {\n      submission {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ApproveSubmissionDocument,
    "\n  mutation ReturnSubmission($input: ReturnSubmissionInput!) {\n    returnSubmission(input: $input) {\n      submission {\n        id\n        status\n        reason\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ReturnSubmissionDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      userName\n      fullName\n      role\n      regionCode\n      region {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Coverage($regionCode: String!, $year: Int!) {\n    coverage(regionCode: $regionCode, year: $year) {\n      year\n      asOf\n      region {\n        code\n        name\n        level\n      }\n      target {\n        indicator\n        percent\n      }\n      total {\n        ...CoverageFiguresRow\n      }\n      byRegion {\n        ...CoverageFiguresRow\n      }\n    }\n  }\n\n  fragment CoverageFiguresRow on CoverageFigures {\n    regionCode\n    regionName\n    peopleInOffice\n    peopleCovered\n    coveragePercent\n    villages\n    villagesWithCoverage\n  }\n": types.CoverageDocument,
    "\n  query RegionSearch($where: RegionFilterInput, $first: Int!, $after: String, $includeRetired: Boolean) {\n    regions(where: $where, first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RegionRow\n        ancestors {\n          code\n          name\n        }\n      }\n    }\n  }\n\n  fragment RegionRow on Region {\n    code\n    name\n    level\n    kind\n    retiredOn\n  }\n": types.RegionSearchDocument,
    "\n  query RegionChildren($code: String!, $first: Int!, $after: String, $includeRetired: Boolean) {\n    region(code: $code) {\n      code\n      children(first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...RegionRow\n        }\n      }\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionRow\n      parentCode\n      ancestors {\n        code\n        name\n      }\n      counts {\n        level\n        kind\n        count\n      }\n      history {\n        kind\n        oldValue\n        newValue\n        changedAt\n        changedBy\n        source\n      }\n    }\n  }\n": types.RegionDetailDocument,
    "\n  mutation ImportRegions($input: ImportRegionsInput!, $changes: Int!) {\n    importRegions(input: $input) {\n      report {\n        rows\n        unchanged\n        added\n        renamed\n        reclassified\n        retired\n        restored\n        applied\n        refused\n        changes(first: $changes) {\n          code\n          name\n          kind\n          oldValue\n          newValue\n        }\n        problems {\n          line\n          column\n          code\n          message\n          messageEn\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ImportRegionsDocument,
    "\n  query Roster($villageCode: String!, $withPositions: Boolean!) {\n    region(code: $villageCode) {\n      code\n      name\n      kind\n      level\n    }\n    people(where: { villageCode: { eq: $villageCode } }, first: 50, order: [{ fullName: ASC }]) {\n      totalCount\n      nodes {\n        id\n        fullName\n        nik\n        position {\n          code\n          name\n        }\n        termStart\n        termEnd\n        status\n        covered\n        enrollment {\n          kpj\n          programs\n          monthlyPremium {\n            amount\n          }\n        }\n      }\n    }\n    submissions(where: { villageCode: { eq: $villageCode } }, first: 1, order: [{ submittedAt: DESC }]) {\n      nodes {\n        id\n        status\n        submittedAt\n        reviewedAt\n        reason\n      }\n    }\n    positions @include(if: $withPositions) {\n      code\n      name\n      segment\n    }\n  }\n": types.RosterDocument,
    "\n  mutation AddPerson($input: AddPersonInput!) {\n    addPerson(input: $input) {\n      person {\n        id\n        fullName\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.AddPersonDocument,
    "\n  mutation SubmitRoster($input: SubmitRosterInput!) {\n    submitRoster(input: $input) {\n      submission {\n        id\n        status\n        submittedAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SubmitRosterDocument,
    "\n  query VillageSearch($where: RegionFilterInput!) {\n    regions(where: $where, first: 20, order: [{ name: ASC }]) {\n      totalCount\n      nodes {\n        code\n        name\n        kind\n      }\n    }\n  }\n": types.VillageSearchDocument,
    "\n  query Submissions {\n    submissions(first: 50, order: [{ submittedAt: ASC }]) {\n      totalCount\n      nodes {\n        id\n        villageCode\n        village {\n          name\n        }\n        status\n        submittedAt\n        submittedBy\n        reviewedAt\n        reviewedBy\n        reason\n        peopleCount\n      }\n    }\n  }\n": types.SubmissionsDocument,
    "\n  mutation ApproveSubmission($input: ApproveSubmissionInput!) {\n    approveSubmission(input: $input) {\n      submission {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ApproveSubmissionDocument,
    "\n  mutation ReturnSubmission($input: ReturnSubmissionInput!) {\n    returnSubmission(input: $input) {\n      submission {\n        id\n        status\n        reason\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ReturnSubmissionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      userName\n      fullName\n      role\n      regionCode\n      region {\n        code\n        name\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($regionCode: String!, $year: Int!) {\n    coverage(regionCode: $regionCode, year: $year) {\n      year\n      asOf\n      region {\n        code\n        name\n        level\n      }\n      target {\n        indicator\n        percent\n      }\n      total {\n        ...CoverageFiguresRow\n      }\n      byRegion {\n        ...CoverageFiguresRow\n      }\n    }\n  }\n\n  fragment CoverageFiguresRow on CoverageFigures {\n    regionCode\n    regionName\n    peopleInOffice\n    peopleCovered\n    coveragePercent\n    villages\n    villagesWithCoverage\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionSearch($where: RegionFilterInput, $first: Int!, $after: String, $includeRetired: Boolean) {\n    regions(where: $where, first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RegionRow\n        ancestors {\n          code\n          name\n        }\n      }\n    }\n  }\n\n  fragment RegionRow on Region {\n    code\n    name\n    level\n    kind\n    retiredOn\n  }\n"): typeof import('./graphql').RegionSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionChildren($code: String!, $first: Int!, $after: String, $includeRetired: Boolean) {\n    region(code: $code) {\n      code\n      children(first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...RegionRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionRow\n      parentCode\n      ancestors {\n        code\n        name\n      }\n      counts {\n        level\n        kind\n        count\n      }\n      history {\n        kind\n        oldValue\n        newValue\n        changedAt\n        changedBy\n        source\n      }\n    }\n  }\n"): typeof import('./graphql').RegionDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRegions($input: ImportRegionsInput!, $changes: Int!) {\n    importRegions(input: $input) {\n      report {\n        rows\n        unchanged\n        added\n        renamed\n        reclassified\n        retired\n        restored\n        applied\n        refused\n        changes(first: $changes) {\n          code\n          name\n          kind\n          oldValue\n          newValue\n        }\n        problems {\n          line\n          column\n          code\n          message\n          messageEn\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ImportRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($villageCode: String!, $withPositions: Boolean!) {\n    region(code: $villageCode) {\n      code\n      name\n      kind\n      level\n    }\n    people(where: { villageCode: { eq: $villageCode } }, first: 50, order: [{ fullName: ASC }]) {\n      totalCount\n      nodes {\n        id\n        fullName\n        nik\n        position {\n          code\n          name\n        }\n        termStart\n        termEnd\n        status\n        covered\n        enrollment {\n          kpj\n          programs\n          monthlyPremium {\n            amount\n          }\n        }\n      }\n    }\n    submissions(where: { villageCode: { eq: $villageCode } }, first: 1, order: [{ submittedAt: DESC }]) {\n      nodes {\n        id\n        status\n        submittedAt\n        reviewedAt\n        reason\n      }\n    }\n    positions @include(if: $withPositions) {\n      code\n      name\n      segment\n    }\n  }\n"): typeof import('./graphql').RosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPerson($input: AddPersonInput!) {\n    addPerson(input: $input) {\n      person {\n        id\n        fullName\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').AddPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRoster($input: SubmitRosterInput!) {\n    submitRoster(input: $input) {\n      submission {\n        id\n        status\n        submittedAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageSearch($where: RegionFilterInput!) {\n    regions(where: $where, first: 20, order: [{ name: ASC }]) {\n      totalCount\n      nodes {\n        code\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').VillageSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Submissions {\n    submissions(first: 50, order: [{ submittedAt: ASC }]) {\n      totalCount\n      nodes {\n        id\n        villageCode\n        village {\n          name\n        }\n        status\n        submittedAt\n        submittedBy\n        reviewedAt\n        reviewedBy\n        reason\n        peopleCount\n      }\n    }\n  }\n"): typeof import('./graphql').SubmissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSubmission($input: ApproveSubmissionInput!) {\n    approveSubmission(input: $input) {\n      submission {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ApproveSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSubmission($input: ReturnSubmissionInput!) {\n    returnSubmission(input: $input) {\n      submission {\n        id\n        status\n        reason\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ReturnSubmissionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
