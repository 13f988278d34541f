import { graphql } from '../gql';

/** The village takes a waiting submission back: from the roster page and from the review page alike. */
export const WithdrawSubmissionMutation = graphql(`
  mutation WithdrawSubmission($input: WithdrawSubmissionInput!) {
    withdrawSubmission(input: $input) {
      submission {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
