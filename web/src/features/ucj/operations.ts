import { graphql } from '../../gql';

export const UcjInputsQuery = graphql(`
  query UcjInputs($regionCode: String!, $first: Int, $after: String) {
    ucjInputs(regionCode: $regionCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...UcjInputFields
      }
    }
  }

  fragment UcjInputFields on UcjInput {
    id
    regionCode
    region {
      name
    }
    period
    participantsPu
    participantsBpu
    participantsJakon
    participants
    workingPopulation
    value
    source
    sourceDate
    note
    version
  }
`);

export const UcjRegionsQuery = graphql(`
  query UcjRegions($code: String!) {
    region(code: $code) {
      code
      name
      children(first: 200) {
        nodes {
          code
          name
        }
      }
    }
  }
`);

export const SetUcjInputMutation = graphql(`
  mutation SetUcjInput($input: SetUcjInputInput!) {
    setUcjInput(input: $input) {
      ucjInput {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveUcjInputMutation = graphql(`
  mutation RemoveUcjInput($input: RemoveUcjInputInput!) {
    removeUcjInput(input: $input) {
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ImportUcjInputsMutation = graphql(`
  mutation ImportUcjInputs($input: ImportUcjInputsInput!) {
    importUcjInputs(input: $input) {
      report {
        applied
        refused
        added
        changed
        unchanged
        rows {
          line
          regionCode
          period
          kind
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
