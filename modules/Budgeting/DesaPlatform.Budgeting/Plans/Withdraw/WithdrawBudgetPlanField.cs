using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.Withdraw;

internal static class WithdrawBudgetPlanField
{
    public static void AddTo(ObjectGraphType mutation, PlanLevel level) =>
        PlanDecisionField.AddTo<WithdrawBudgetPlanPayloadType, WithdrawBudgetPlanInputType>(mutation, level, "withdraw",
            "Takes a sent plan back to change it.", ApprovalAction.Withdraw,
            (_, _, _, _) => PlanDecisionField.NoRefusal);
}

internal sealed class WithdrawBudgetPlanInputType() : BudgetPlanSubmissionInputType("WithdrawBudgetPlanInput");

internal sealed class WithdrawBudgetPlanPayloadType() : PayloadType<BudgetPlanSubmissionType, BudgetPlanSubmission>("WithdrawBudgetPlanPayload", "submission");
