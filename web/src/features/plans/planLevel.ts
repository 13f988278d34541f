import type { BudgetPlanLineInput, UserRole } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import type { UserErrorEntry } from '../../shared/ui';
import {
  AdjustBudgetPlanMutation, AdjustRegencyBudgetPlanMutation, ApproveBudgetPlanMutation, ApproveRegencyBudgetPlanMutation,
  ComputeBudgetPlanMutation, ComputeRegencyBudgetPlanMutation, ReturnBudgetPlanMutation, ReturnRegencyBudgetPlanMutation,
  SubmitBudgetPlanMutation, SubmitRegencyBudgetPlanMutation, WithdrawBudgetPlanMutation, WithdrawRegencyBudgetPlanMutation,
} from './operations';

type Payload = Promise<{ errors: readonly UserErrorEntry[] }>;

/**
 * Whose budget a plan is, by its region code: a village's APBDes (its operator submits, the regency reviews) or a
 * regency's own APBD (its staff submit, the province reviews) — the same steps, each level through its own fields.
 */
export interface PlanLevel {
  name: 'village' | 'regency';
  submitter: UserRole;
  reviewer: UserRole;
  compute(code: string, year: number): Payload;
  adjust(planId: string, version: number, lines: BudgetPlanLineInput[]): Payload;
  submit(planId: string): Payload;
  withdraw(submissionId: string): Payload;
  approve(submissionId: string): Payload;
  giveBack(submissionId: string, reason: string): Payload;
}

const village: PlanLevel = {
  name: 'village',
  submitter: 'VillageOperator',
  reviewer: 'RegencyStaff',
  compute: async (villageCode, year) => (await execute(ComputeBudgetPlanMutation, { input: { villageCode, year } })).computeBudgetPlan,
  adjust: async (planId, version, lines) => (await execute(AdjustBudgetPlanMutation, { input: { planId, version, lines } })).adjustBudgetPlan,
  submit: async (planId) => (await execute(SubmitBudgetPlanMutation, { input: { planId } })).submitBudgetPlan,
  withdraw: async (submissionId) => (await execute(WithdrawBudgetPlanMutation, { input: { submissionId } })).withdrawBudgetPlan,
  approve: async (submissionId) => (await execute(ApproveBudgetPlanMutation, { input: { submissionId } })).approveBudgetPlan,
  giveBack: async (submissionId, reason) => (await execute(ReturnBudgetPlanMutation, { input: { submissionId, reason } })).returnBudgetPlan,
};

const regency: PlanLevel = {
  name: 'regency',
  submitter: 'RegencyStaff',
  reviewer: 'ProvinceAdmin',
  compute: async (regencyCode, year) => (await execute(ComputeRegencyBudgetPlanMutation, { input: { regencyCode, year } })).computeRegencyBudgetPlan,
  adjust: async (planId, version, lines) => (await execute(AdjustRegencyBudgetPlanMutation, { input: { planId, version, lines } })).adjustRegencyBudgetPlan,
  submit: async (planId) => (await execute(SubmitRegencyBudgetPlanMutation, { input: { planId } })).submitRegencyBudgetPlan,
  withdraw: async (submissionId) => (await execute(WithdrawRegencyBudgetPlanMutation, { input: { submissionId } })).withdrawRegencyBudgetPlan,
  approve: async (submissionId) => (await execute(ApproveRegencyBudgetPlanMutation, { input: { submissionId } })).approveRegencyBudgetPlan,
  giveBack: async (submissionId, reason) => (await execute(ReturnRegencyBudgetPlanMutation, { input: { submissionId, reason } })).returnRegencyBudgetPlan,
};

/** The level of a region code: four parts a village, two a regency; none for anything else. */
export function planLevelOf(regionCode: string): PlanLevel | null {
  const parts = regionCode.split('.').length;
  return parts === 4 ? village : parts === 2 ? regency : null;
}
