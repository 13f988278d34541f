import { graphql } from '../../gql';

export const RateTableQuery = graphql(`
  query RateTable {
    premiumRates {
      id
      scheme
      program
      percent
      flatAmount
      minimumAmount
      wageCap
      effectiveFrom
      effectiveUntil
      regulation
      note
      toConfirm
      version
      figuresLocked
    }
    premiumRateDiscounts {
      id
      scheme
      program
      percent
      effectiveFrom
      effectiveUntil
      regulation
      note
      version
    }
  }
`);

export const PremiumRateSavedFields = graphql(`
  fragment PremiumRateSaved on PremiumRatePayload {
    premiumRate {
      id
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
`);

export const AddPremiumRateMutation = graphql(`
  mutation AddPremiumRate($input: AddPremiumRateInput!) {
    addPremiumRate(input: $input) {
      ...PremiumRateSaved
    }
  }
`);

export const CorrectPremiumRateMutation = graphql(`
  mutation CorrectPremiumRate($input: CorrectPremiumRateInput!) {
    correctPremiumRate(input: $input) {
      ...PremiumRateSaved
    }
  }
`);

export const EndPremiumRateMutation = graphql(`
  mutation EndPremiumRate($input: EndPremiumRateInput!) {
    endPremiumRate(input: $input) {
      ...PremiumRateSaved
    }
  }
`);

export const PremiumRateDiscountSavedFields = graphql(`
  fragment PremiumRateDiscountSaved on PremiumRateDiscountPayload {
    premiumRateDiscount {
      id
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
`);

export const AddPremiumRateDiscountMutation = graphql(`
  mutation AddPremiumRateDiscount($input: AddPremiumRateDiscountInput!) {
    addPremiumRateDiscount(input: $input) {
      ...PremiumRateDiscountSaved
    }
  }
`);

export const EndPremiumRateDiscountMutation = graphql(`
  mutation EndPremiumRateDiscount($input: EndPremiumRateDiscountInput!) {
    endPremiumRateDiscount(input: $input) {
      ...PremiumRateDiscountSaved
    }
  }
`);
