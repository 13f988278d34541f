import { graphql } from '../../gql';

export const BudgetPlanFields = graphql(`
  fragment BudgetPlanFields on BudgetPlan {
    id
    regionCode
    regionName
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
    rates {
      rateId rateVersion discountId
      rate { scheme program percent flatAmount regulation version toConfirm }
      discount { percent regulation }
    }
    submissions { id status submittedAt submittedBy reviewedAt reviewedBy reason total events { kind at by reason } }
  }
`);

export const BudgetPlanQuery = graphql(`
  query BudgetPlan($villageCode: String!, $year: Int!) {
    budgetPlan(villageCode: $villageCode, year: $year) { ...BudgetPlanFields }
  }
`);

export const RegencyBudgetPlanQuery = graphql(`
  query RegencyBudgetPlan($regencyCode: String!, $year: Int!) {
    regencyBudgetPlan(regencyCode: $regencyCode, year: $year) { ...BudgetPlanFields }
  }
`);

export const BudgetPlanLineFields = graphql(`
  fragment BudgetPlanLineFields on BudgetPlanLine {
    activityCode
    accountCode
    accountName
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

export const ComputeRegencyBudgetPlanMutation = graphql(`
  mutation ComputeRegencyBudgetPlan($input: ComputeRegencyBudgetPlanInput!) {
    computeRegencyBudgetPlan(input: $input) { budgetPlan { id } errors { code field message values { name value } } }
  }
`);

export const AdjustRegencyBudgetPlanMutation = graphql(`
  mutation AdjustRegencyBudgetPlan($input: AdjustBudgetPlanInput!) {
    adjustRegencyBudgetPlan(input: $input) { budgetPlan { id } errors { code field message values { name value } } }
  }
`);

export const SubmitRegencyBudgetPlanMutation = graphql(`
  mutation SubmitRegencyBudgetPlan($input: SubmitBudgetPlanInput!) {
    submitRegencyBudgetPlan(input: $input) { submission { id } errors { code field message values { name value } } }
  }
`);

export const WithdrawRegencyBudgetPlanMutation = graphql(`
  mutation WithdrawRegencyBudgetPlan($input: WithdrawBudgetPlanInput!) {
    withdrawRegencyBudgetPlan(input: $input) { submission { id } errors { code field message values { name value } } }
  }
`);

export const ApproveRegencyBudgetPlanMutation = graphql(`
  mutation ApproveRegencyBudgetPlan($input: ApproveBudgetPlanInput!) {
    approveRegencyBudgetPlan(input: $input) { submission { id } errors { code field message values { name value } } }
  }
`);

export const ReturnRegencyBudgetPlanMutation = graphql(`
  mutation ReturnRegencyBudgetPlan($input: ReturnBudgetPlanInput!) {
    returnRegencyBudgetPlan(input: $input) { submission { id } errors { code field message values { name value } } }
  }
`);

export const WaitingBudgetPlansQuery = graphql(`
  query WaitingBudgetPlans($regionCode: String!, $level: BudgetPlanLevel!) {
    budgetPlans(regionCode: $regionCode, level: $level, status: SUBMITTED, first: 50) {
      totalCount
      nodes { id regionCode regionName year revision total submissions { submittedAt submittedBy } }
    }
  }
`);
