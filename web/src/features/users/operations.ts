import { graphql } from '../../gql';

/** The account list: accounts of the caller's region and everything under it. */
export const UsersQuery = graphql(`
  query Users($where: UserFilterInput, $first: Int!, $after: String) {
    users(where: $where, first: $first, after: $after, order: [{ userName: ASC }]) {
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
  }
`);

/** Turns a region name typed in the filter into codes: the highest-level match wins. */
export const UserRegionLookupQuery = graphql(`
  query UserRegionLookup($name: String!) {
    regions(where: { name: { contains: $name } }, first: 20, order: [{ code: ASC }]) {
      nodes {
        code
        name
        level
      }
    }
  }
`);

export const UserDetailQuery = graphql(`
  query UserDetail($userName: String!) {
    user(userName: $userName) {
      ...UserDetailFields
    }
  }

  fragment UserDetailFields on User {
    ...UserRow
    email
    phoneNumber
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...UserDetailFields
      }
      initialPassword
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DisableUserMutation = graphql(`
  mutation DisableUser($input: DisableUserInput!) {
    disableUser(input: $input) {
      user {
        ...UserDetailFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const EnableUserMutation = graphql(`
  mutation EnableUser($input: EnableUserInput!) {
    enableUser(input: $input) {
      user {
        ...UserDetailFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        ...UserDetailFields
      }
      initialPassword
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeUserAccessMutation = graphql(`
  mutation ChangeUserAccess($input: ChangeUserAccessInput!) {
    changeUserAccess(input: $input) {
      user {
        ...UserDetailFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ImportOperatorsMutation = graphql(`
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
          values {
            name
            value
          }
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** Regions a role may be given in, found by name; the parent tells two villages of the same name apart. */
export const DelegableRegionsQuery = graphql(`
  query DelegableRegions($where: RegionFilterInput!) {
    regions(where: $where, first: 10, order: [{ name: ASC }]) {
      totalCount
      nodes {
        code
        name
        level
        kind
        ancestors {
          code
          name
        }
      }
    }
  }
`);
