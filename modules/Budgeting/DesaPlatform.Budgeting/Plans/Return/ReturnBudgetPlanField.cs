using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.Return;

internal static class ReturnBudgetPlanField
{
    public static void AddTo(ObjectGraphType mutation, PlanLevel level) =>
        PlanDecisionField.AddTo<ReturnBudgetPlanPayloadType, ReturnBudgetPlanInputType>(mutation, level, "return",
            "Returns a plan to its submitter with the reason.", ApprovalAction.Return,
            (_, _, _, _) => PlanDecisionField.NoRefusal);
}

internal sealed class ReturnBudgetPlanInputType() : BudgetPlanReasonInputType("ReturnBudgetPlanInput");

internal sealed class ReturnBudgetPlanPayloadType() : PayloadType<BudgetPlanSubmissionType, BudgetPlanSubmission>("ReturnBudgetPlanPayload", "submission");
