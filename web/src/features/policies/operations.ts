import { graphql } from '../../gql';

export const RegencyChoiceQuery = graphql(`
  query RegencyChoice($code: String!) {
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

export const FundingPolicyQuery = graphql(`
  query FundingPolicy($regionCode: String!, $year: Int!) {
    fundingPolicy(regionCode: $regionCode, year: $year) {
      id
      regionCode
      regionName
      year
      regulationNumber
      regulationDate
      bpdAccountCode
      bpuDiscountForVillageBudget
      note
      version
      groups {
        group
        scheme
        programs
        wageRule
        wageAmount
        positionWages {
          positionCode
          amount
        }
        shares {
          program
          payer
          percent
        }
        wageBases {
          positionCode
          positionName
          amount
        }
      }
    }
    fundingPolicies(regionCode: $regionCode) {
      regionCode
      year
    }
    # The form offers a regency amount per position of each group.
    positions {
      code
      name
      segment
      isVillageHead
    }
  }
`);


export const SetFundingPolicyMutation = graphql(`
  mutation SetFundingPolicy($input: SetFundingPolicyInput!) {
    setFundingPolicy(input: $input) {
      fundingPolicy {
        regionCode
        year
        version
      }
      errors {
        code
        field
        message
        values {
          name
          value
        }
      }
    }
  }
`);

export const CopyFundingPolicyMutation = graphql(`
  mutation CopyFundingPolicy($input: CopyFundingPolicyInput!) {
    copyFundingPolicy(input: $input) {
      fundingPolicy {
        regionCode
        year
        version
      }
      errors {
        code
        field
        message
        values {
          name
          value
        }
      }
    }
  }
`);
