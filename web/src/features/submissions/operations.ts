import { graphql } from '../../gql';

export const SubmissionsQuery = graphql(`
  query Submissions {
    submissions(first: 50, order: [{ submittedAt: ASC }]) {
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
`);

export const ApproveSubmissionMutation = graphql(`
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
`);

export const ReturnSubmissionMutation = graphql(`
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
`);
