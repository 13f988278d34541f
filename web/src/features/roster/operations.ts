import { graphql } from '../../gql';

export const RosterQuery = graphql(`
  query Roster($villageCode: String!, $withPositions: Boolean!) {
    region(code: $villageCode) {
      code
      name
      kind
      level
    }
    people(where: { villageCode: { eq: $villageCode } }, first: 50, order: [{ fullName: ASC }]) {
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
    submissions(where: { villageCode: { eq: $villageCode } }, first: 1, order: [{ submittedAt: DESC }]) {
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
`);

export const AddPersonMutation = graphql(`
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
`);

export const SubmitRosterMutation = graphql(`
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
`);

export const WithdrawSubmissionMutation = graphql(`
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
`);

export const VillageSearchQuery = graphql(`
  query VillageSearch($where: RegionFilterInput!) {
    regions(where: $where, first: 20, order: [{ name: ASC }]) {
      totalCount
      nodes {
        code
        name
        kind
      }
    }
  }
`);
