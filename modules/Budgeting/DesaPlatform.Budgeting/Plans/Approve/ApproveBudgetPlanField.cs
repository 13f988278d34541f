using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.Approve;

internal static class ApproveBudgetPlanField
{
    public static void AddTo(ObjectGraphType mutation, PlanLevel level) =>
        PlanDecisionField.AddTo<ApproveBudgetPlanPayloadType, ApproveBudgetPlanInputType>(mutation, level, "approve",
            "Approves a plan: its lines and the rates they came from are frozen.", ApprovalAction.Approve,
            (_, plan, at, _) =>
            {
                plan.Approve(at);
                return PlanDecisionField.NoRefusal;
            });
}

internal sealed class ApproveBudgetPlanInputType() : BudgetPlanSubmissionInputType("ApproveBudgetPlanInput");

internal sealed class ApproveBudgetPlanPayloadType() : PayloadType<BudgetPlanSubmissionType, BudgetPlanSubmission>("ApproveBudgetPlanPayload", "submission");
