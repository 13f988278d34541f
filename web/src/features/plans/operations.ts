import { graphql } from '../../gql';

export const BudgetPlanQuery = graphql(`
  query BudgetPlan($villageCode: String!, $year: Int!) {
    budgetPlan(villageCode: $villageCode, year: $year) {
      id
      regionCode
      year
      revision
      rosterAsOf
      computedAt
      computedBy
      approvedAt
      total
      version
      lines { ...BudgetPlanLineFields }
      computedLines { ...BudgetPlanLineFields }
      previousLines { ...BudgetPlanLineFields }
      members { entryId fullName positionCode group }
      rates { rateId rateVersion discountId }
      submissions { id status submittedAt submittedBy reviewedAt reviewedBy reason total events { kind at by reason } }
    }
  }
`);

export const BudgetPlanLineFields = graphql(`
  fragment BudgetPlanLineFields on BudgetPlanLine {
    activityCode
    accountCode
    group
    payer
    people
    months
    monthlyPremium
    total
    note
  }
`);

export const ComputeBudgetPlanMutation = graphql(`
  mutation ComputeBudgetPlan($input: ComputeBudgetPlanInput!) {
    computeBudgetPlan(input: $input) { budgetPlan { id } errors { code field message values { name value } } }
  }
`);

export const AdjustBudgetPlanMutation = graphql(`
  mutation AdjustBudgetPlan($input: AdjustBudgetPlanInput!) {
    adjustBudgetPlan(input: $input) { budgetPlan { id } errors { code field message values { name value } } }
  }
`);

export const SubmitBudgetPlanMutation = graphql(`
  mutation SubmitBudgetPlan($input: SubmitBudgetPlanInput!) {
    submitBudgetPlan(input: $input) { submission { id } errors { code field message values { name value } } }
  }
`);

export const WithdrawBudgetPlanMutation = graphql(`
  mutation WithdrawBudgetPlan($input: WithdrawBudgetPlanInput!) {
    withdrawBudgetPlan(input: $input) { submission { id } errors { code field message values { name value } } }
  }
`);

export const ApproveBudgetPlanMutation = graphql(`
  mutation ApproveBudgetPlan($input: ApproveBudgetPlanInput!) {
    approveBudgetPlan(input: $input) { submission { id } errors { code field message values { name value } } }
  }
`);

export const ReturnBudgetPlanMutation = graphql(`
  mutation ReturnBudgetPlan($input: ReturnBudgetPlanInput!) {
    returnBudgetPlan(input: $input) { submission { id } errors { code field message values { name value } } }
  }
`);
