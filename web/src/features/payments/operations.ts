import { graphql } from '../../gql';

export const PaymentArrearsQuery = graphql(`
  query PaymentArrears($regionCode: String!, $first: Int, $after: String) {
    arrearsSummary(regionCode: $regionCode) {
      asOf
      monthsAllowed
      ruleSource
      yearsWithoutPolicy
      total {
        people
        atRisk
        owed
      }
    }
    arrears(regionCode: $regionCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        entryId
        fullName
        positionCode
        positionName
        monthsOwed
        owed
        consecutiveUnpaid
        atRisk
        months {
          period
          due
          paid
        }
      }
    }
  }
`);

export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      payment {
        id
        period
        amount
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ImportPaymentsMutation = graphql(`
  mutation ImportPayments($input: ImportPaymentsInput!) {
    importPayments(input: $input) {
      report {
        applied
        refused
        added
        changed
        unchanged
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

export const AtRiskQuery = graphql(`
  query AtRisk($regionCode: String!) {
    arrearsSummary(regionCode: $regionCode) {
      asOf
      total {
        people
        atRisk
      }
    }
  }
`);
