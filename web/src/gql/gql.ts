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
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      me {\n        ...MeFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      sharedKey\n      authenticatorUri\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.BeginTwoFactorSetupDocument,
    "\n  mutation EnableTwoFactor($input: EnableTwoFactorInput!) {\n    enableTwoFactor(input: $input) {\n      me {\n        ...MeFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.EnableTwoFactorDocument,
    "\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      me {\n        ...MeFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  query AuditTrail($where: AuditEntryFilterInput, $from: DateTime, $to: DateTime, $first: Int!, $after: String) {\n    auditTrail(where: $where, from: $from, to: $to, first: $first, after: $after, order: [{ at: DESC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        userName\n        role\n        scope\n        module\n        entity\n        entityId\n        regionCode\n        action\n        before\n        after\n        requestId\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n\n  fragment MeFields on Me {\n    userName\n    fullName\n    role\n    regionCode\n    region {\n      code\n      name\n      level\n    }\n    mustChangePassword\n    twoFactorEnabled\n    twoFactorRequired\n  }\n": typeof types.MeDocument,
    "\n  query Coverage($regionCode: String!, $year: Int!) {\n    coverage(regionCode: $regionCode, year: $year) {\n      year\n      asOf\n      region {\n        code\n        name\n        level\n      }\n      target {\n        indicator\n        percent\n      }\n      total {\n        ...CoverageFiguresRow\n      }\n      byRegion {\n        ...CoverageFiguresRow\n      }\n    }\n  }\n\n  fragment CoverageFiguresRow on CoverageFigures {\n    regionCode\n    regionName\n    peopleInOffice\n    peopleCovered\n    coveragePercent\n    villages\n    villagesWithCoverage\n  }\n": typeof types.CoverageDocument,
    "\n  query RegionSearch($where: RegionFilterInput, $first: Int!, $after: String, $includeRetired: Boolean) {\n    regions(where: $where, first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RegionRow\n        ancestors {\n          code\n          name\n        }\n      }\n    }\n  }\n\n  fragment RegionRow on Region {\n    code\n    name\n    level\n    kind\n    retiredOn\n  }\n": typeof types.RegionSearchDocument,
    "\n  query RegionChildren($code: String!, $first: Int!, $after: String, $includeRetired: Boolean) {\n    region(code: $code) {\n      code\n      children(first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...RegionRow\n        }\n      }\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionRow\n      parentCode\n      ancestors {\n        code\n        name\n      }\n      counts {\n        level\n        kind\n        count\n      }\n      history {\n        kind\n        oldValue\n        newValue\n        changedAt\n        changedBy\n        source\n      }\n    }\n  }\n": typeof types.RegionDetailDocument,
    "\n  mutation ImportRegions($input: ImportRegionsInput!, $changes: Int!) {\n    importRegions(input: $input) {\n      report {\n        rows\n        unchanged\n        added\n        renamed\n        reclassified\n        retired\n        restored\n        applied\n        refused\n        changes(first: $changes) {\n          code\n          name\n          kind\n          oldValue\n          newValue\n        }\n        problemCount\n        problemKinds {\n          code\n          count\n          first {\n            line\n            column\n            code\n            message\n            messageEn\n          }\n        }\n        problems(first: 2000) {\n          line\n          column\n          code\n          message\n          messageEn\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ImportRegionsDocument,
    "\n  query Roster($villageCode: String!, $withPositions: Boolean!) {\n    region(code: $villageCode) {\n      code\n      name\n      kind\n      level\n    }\n    people(where: { villageCode: { eq: $villageCode } }, first: 50, order: [{ fullName: ASC }]) {\n      totalCount\n      nodes {\n        id\n        fullName\n        nik\n        position {\n          code\n          name\n        }\n        termStart\n        termEnd\n        status\n        covered\n        enrollment {\n          kpj\n          programs\n          monthlyPremium {\n            amount\n          }\n        }\n      }\n    }\n    submissions(where: { villageCode: { eq: $villageCode } }, first: 1, order: [{ submittedAt: DESC }]) {\n      nodes {\n        id\n        status\n        submittedAt\n        reviewedAt\n        reason\n      }\n    }\n    positions @include(if: $withPositions) {\n      code\n      name\n      segment\n    }\n  }\n": typeof types.RosterDocument,
    "\n  mutation AddPerson($input: AddPersonInput!) {\n    addPerson(input: $input) {\n      person {\n        id\n        fullName\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.AddPersonDocument,
    "\n  mutation SubmitRoster($input: SubmitRosterInput!) {\n    submitRoster(input: $input) {\n      submission {\n        id\n        status\n        submittedAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SubmitRosterDocument,
    "\n  mutation WithdrawSubmission($input: WithdrawSubmissionInput!) {\n    withdrawSubmission(input: $input) {\n      submission {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.WithdrawSubmissionDocument,
    "\n  query VillageSearch($where: RegionFilterInput!) {\n    regions(where: $where, first: 20, order: [{ name: ASC }]) {\n      totalCount\n      nodes {\n        code\n        name\n        kind\n      }\n    }\n  }\n": typeof types.VillageSearchDocument,
    "\n  query Submissions {\n    submissions(first: 50, order: [{ submittedAt: ASC }]) {\n      totalCount\n      nodes {\n        id\n        villageCode\n        village {\n          name\n        }\n        status\n        submittedAt\n        submittedBy\n        reviewedAt\n        reviewedBy\n        reason\n        peopleCount\n      }\n    }\n  }\n": typeof types.SubmissionsDocument,
    "\n  mutation ApproveSubmission($input: ApproveSubmissionInput!) {\n    approveSubmission(input: $input) {\n      submission {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ApproveSubmissionDocument,
    "\n  mutation ReturnSubmission($input: ReturnSubmissionInput!) {\n    returnSubmission(input: $input) {\n      submission {\n        id\n        status\n        reason\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ReturnSubmissionDocument,
    "\n  query Users($where: UserFilterInput, $first: Int!, $after: String) {\n    users(where: $where, first: $first, after: $after, order: [{ userName: ASC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserRow\n      }\n    }\n  }\n\n  fragment UserRow on User {\n    userName\n    fullName\n    role\n    regionCode\n    region {\n      code\n      name\n    }\n    status\n    mustChangePassword\n    twoFactorEnabled\n    lastSignInAt\n  }\n": typeof types.UsersDocument,
    "\n  query UserRegionLookup($name: String!) {\n    regions(where: { name: { contains: $name } }, first: 20, order: [{ code: ASC }]) {\n      nodes {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.UserRegionLookupDocument,
    "\n  query UserDetail($userName: String!) {\n    user(userName: $userName) {\n      ...UserDetailFields\n    }\n  }\n\n  fragment UserDetailFields on User {\n    ...UserRow\n    email\n    phoneNumber\n  }\n": typeof types.UserDetailDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      initialPassword\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DisableUser($input: DisableUserInput!) {\n    disableUser(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($input: EnableUserInput!) {\n    enableUser(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      initialPassword\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangeUserAccess($input: ChangeUserAccessInput!) {\n    changeUserAccess(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ChangeUserAccessDocument,
    "\n  mutation ImportOperators($input: ImportOperatorsInput!) {\n    importOperators(input: $input) {\n      report {\n        applied\n        refused\n        created\n        rows {\n          line\n          userName\n          fullName\n          villageCode\n          initialPassword\n        }\n        problems {\n          line\n          column\n          code\n          message\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ImportOperatorsDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      me {\n        ...MeFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      sharedKey\n      authenticatorUri\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.BeginTwoFactorSetupDocument,
    "\n  mutation EnableTwoFactor($input: EnableTwoFactorInput!) {\n    enableTwoFactor(input: $input) {\n      me {\n        ...MeFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.EnableTwoFactorDocument,
    "\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      me {\n        ...MeFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.DisableTwoFactorDocument,
    "\n  query AuditTrail($where: AuditEntryFilterInput, $from: DateTime, $to: DateTime, $first: Int!, $after: String) {\n    auditTrail(where: $where, from: $from, to: $to, first: $first, after: $after, order: [{ at: DESC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        userName\n        role\n        scope\n        module\n        entity\n        entityId\n        regionCode\n        action\n        before\n        after\n        requestId\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n\n  fragment MeFields on Me {\n    userName\n    fullName\n    role\n    regionCode\n    region {\n      code\n      name\n      level\n    }\n    mustChangePassword\n    twoFactorEnabled\n    twoFactorRequired\n  }\n": types.MeDocument,
    "\n  query Coverage($regionCode: String!, $year: Int!) {\n    coverage(regionCode: $regionCode, year: $year) {\n      year\n      asOf\n      region {\n        code\n        name\n        level\n      }\n      target {\n        indicator\n        percent\n      }\n      total {\n        ...CoverageFiguresRow\n      }\n      byRegion {\n        ...CoverageFiguresRow\n      }\n    }\n  }\n\n  fragment CoverageFiguresRow on CoverageFigures {\n    regionCode\n    regionName\n    peopleInOffice\n    peopleCovered\n    coveragePercent\n    villages\n    villagesWithCoverage\n  }\n": types.CoverageDocument,
    "\n  query RegionSearch($where: RegionFilterInput, $first: Int!, $after: String, $includeRetired: Boolean) {\n    regions(where: $where, first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RegionRow\n        ancestors {\n          code\n          name\n        }\n      }\n    }\n  }\n\n  fragment RegionRow on Region {\n    code\n    name\n    level\n    kind\n    retiredOn\n  }\n": types.RegionSearchDocument,
    "\n  query RegionChildren($code: String!, $first: Int!, $after: String, $includeRetired: Boolean) {\n    region(code: $code) {\n      code\n      children(first: $first, after: $after, order: [{ code: ASC }], includeRetired: $includeRetired) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...RegionRow\n        }\n      }\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionRow\n      parentCode\n      ancestors {\n        code\n        name\n      }\n      counts {\n        level\n        kind\n        count\n      }\n      history {\n        kind\n        oldValue\n        newValue\n        changedAt\n        changedBy\n        source\n      }\n    }\n  }\n": types.RegionDetailDocument,
    "\n  mutation ImportRegions($input: ImportRegionsInput!, $changes: Int!) {\n    importRegions(input: $input) {\n      report {\n        rows\n        unchanged\n        added\n        renamed\n        reclassified\n        retired\n        restored\n        applied\n        refused\n        changes(first: $changes) {\n          code\n          name\n          kind\n          oldValue\n          newValue\n        }\n        problemCount\n        problemKinds {\n          code\n          count\n          first {\n            line\n            column\n            code\n            message\n            messageEn\n          }\n        }\n        problems(first: 2000) {\n          line\n          column\n          code\n          message\n          messageEn\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ImportRegionsDocument,
    "\n  query Roster($villageCode: String!, $withPositions: Boolean!) {\n    region(code: $villageCode) {\n      code\n      name\n      kind\n      level\n    }\n    people(where: { villageCode: { eq: $villageCode } }, first: 50, order: [{ fullName: ASC }]) {\n      totalCount\n      nodes {\n        id\n        fullName\n        nik\n        position {\n          code\n          name\n        }\n        termStart\n        termEnd\n        status\n        covered\n        enrollment {\n          kpj\n          programs\n          monthlyPremium {\n            amount\n          }\n        }\n      }\n    }\n    submissions(where: { villageCode: { eq: $villageCode } }, first: 1, order: [{ submittedAt: DESC }]) {\n      nodes {\n        id\n        status\n        submittedAt\n        reviewedAt\n        reason\n      }\n    }\n    positions @include(if: $withPositions) {\n      code\n      name\n      segment\n    }\n  }\n": types.RosterDocument,
    "\n  mutation AddPerson($input: AddPersonInput!) {\n    addPerson(input: $input) {\n      person {\n        id\n        fullName\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.AddPersonDocument,
    "\n  mutation SubmitRoster($input: SubmitRosterInput!) {\n    submitRoster(input: $input) {\n      submission {\n        id\n        status\n        submittedAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SubmitRosterDocument,
    "\n  mutation WithdrawSubmission($input: WithdrawSubmissionInput!) {\n    withdrawSubmission(input: $input) {\n      submission {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.WithdrawSubmissionDocument,
    "\n  query VillageSearch($where: RegionFilterInput!) {\n    regions(where: $where, first: 20, order: [{ name: ASC }]) {\n      totalCount\n      nodes {\n        code\n        name\n        kind\n      }\n    }\n  }\n": types.VillageSearchDocument,
    "\n  query Submissions {\n    submissions(first: 50, order: [{ submittedAt: ASC }]) {\n      totalCount\n      nodes {\n        id\n        villageCode\n        village {\n          name\n        }\n        status\n        submittedAt\n        submittedBy\n        reviewedAt\n        reviewedBy\n        reason\n        peopleCount\n      }\n    }\n  }\n": types.SubmissionsDocument,
    "\n  mutation ApproveSubmission($input: ApproveSubmissionInput!) {\n    approveSubmission(input: $input) {\n      submission {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ApproveSubmissionDocument,
    "\n  mutation ReturnSubmission($input: ReturnSubmissionInput!) {\n    returnSubmission(input: $input) {\n      submission {\n        id\n        status\n        reason\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ReturnSubmissionDocument,
    "\n  query Users($where: UserFilterInput, $first: Int!, $after: String) {\n    users(where: $where, first: $first, after: $after, order: [{ userName: ASC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserRow\n      }\n    }\n  }\n\n  fragment UserRow on User {\n    userName\n    fullName\n    role\n    regionCode\n    region {\n      code\n      name\n    }\n    status\n    mustChangePassword\n    twoFactorEnabled\n    lastSignInAt\n  }\n": types.UsersDocument,
    "\n  query UserRegionLookup($name: String!) {\n    regions(where: { name: { contains: $name } }, first: 20, order: [{ code: ASC }]) {\n      nodes {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.UserRegionLookupDocument,
    "\n  query UserDetail($userName: String!) {\n    user(userName: $userName) {\n      ...UserDetailFields\n    }\n  }\n\n  fragment UserDetailFields on User {\n    ...UserRow\n    email\n    phoneNumber\n  }\n": types.UserDetailDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      initialPassword\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DisableUser($input: DisableUserInput!) {\n    disableUser(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($input: EnableUserInput!) {\n    enableUser(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      initialPassword\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangeUserAccess($input: ChangeUserAccessInput!) {\n    changeUserAccess(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ChangeUserAccessDocument,
    "\n  mutation ImportOperators($input: ImportOperatorsInput!) {\n    importOperators(input: $input) {\n      report {\n        applied\n        refused\n        created\n        rows {\n          line\n          userName\n          fullName\n          villageCode\n          initialPassword\n        }\n        problems {\n          line\n          column\n          code\n          message\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ImportOperatorsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      me {\n        ...MeFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      sharedKey\n      authenticatorUri\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').BeginTwoFactorSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableTwoFactor($input: EnableTwoFactorInput!) {\n    enableTwoFactor(input: $input) {\n      me {\n        ...MeFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').EnableTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      me {\n        ...MeFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').DisableTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($where: AuditEntryFilterInput, $from: DateTime, $to: DateTime, $first: Int!, $after: String) {\n    auditTrail(where: $where, from: $from, to: $to, first: $first, after: $after, order: [{ at: DESC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        userName\n        role\n        scope\n        module\n        entity\n        entityId\n        regionCode\n        action\n        before\n        after\n        requestId\n      }\n    }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n\n  fragment MeFields on Me {\n    userName\n    fullName\n    role\n    regionCode\n    region {\n      code\n      name\n      level\n    }\n    mustChangePassword\n    twoFactorEnabled\n    twoFactorRequired\n  }\n"): typeof import('./graphql').MeDocument;
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
export function graphql(source: "\n  mutation ImportRegions($input: ImportRegionsInput!, $changes: Int!) {\n    importRegions(input: $input) {\n      report {\n        rows\n        unchanged\n        added\n        renamed\n        reclassified\n        retired\n        restored\n        applied\n        refused\n        changes(first: $changes) {\n          code\n          name\n          kind\n          oldValue\n          newValue\n        }\n        problemCount\n        problemKinds {\n          code\n          count\n          first {\n            line\n            column\n            code\n            message\n            messageEn\n          }\n        }\n        problems(first: 2000) {\n          line\n          column\n          code\n          message\n          messageEn\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ImportRegionsDocument;
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
export function graphql(source: "\n  mutation WithdrawSubmission($input: WithdrawSubmissionInput!) {\n    withdrawSubmission(input: $input) {\n      submission {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').WithdrawSubmissionDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($where: UserFilterInput, $first: Int!, $after: String) {\n    users(where: $where, first: $first, after: $after, order: [{ userName: ASC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserRow\n      }\n    }\n  }\n\n  fragment UserRow on User {\n    userName\n    fullName\n    role\n    regionCode\n    region {\n      code\n      name\n    }\n    status\n    mustChangePassword\n    twoFactorEnabled\n    lastSignInAt\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserRegionLookup($name: String!) {\n    regions(where: { name: { contains: $name } }, first: 20, order: [{ code: ASC }]) {\n      nodes {\n        code\n        name\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').UserRegionLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserDetail($userName: String!) {\n    user(userName: $userName) {\n      ...UserDetailFields\n    }\n  }\n\n  fragment UserDetailFields on User {\n    ...UserRow\n    email\n    phoneNumber\n  }\n"): typeof import('./graphql').UserDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      initialPassword\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($input: DisableUserInput!) {\n    disableUser(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($input: EnableUserInput!) {\n    enableUser(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      initialPassword\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserAccess($input: ChangeUserAccessInput!) {\n    changeUserAccess(input: $input) {\n      user {\n        ...UserDetailFields\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeUserAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOperators($input: ImportOperatorsInput!) {\n    importOperators(input: $input) {\n      report {\n        applied\n        refused\n        created\n        rows {\n          line\n          userName\n          fullName\n          villageCode\n          initialPassword\n        }\n        problems {\n          line\n          column\n          code\n          message\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ImportOperatorsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
