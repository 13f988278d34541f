using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.Reopen;

internal static class ReopenBudgetPlanField
{
    public static void AddTo(ObjectGraphType mutation, PlanLevel level) =>
        PlanDecisionField.AddTo<ReopenBudgetPlanPayloadType, ReopenBudgetPlanInputType>(mutation, level, "reopen",
            "Reopens an approved plan (its latest revision) with the reason: its submitter may change it again.", ApprovalAction.Reopen,
            async (decision, plan, _, cancellationToken) =>
            {
                if (await decision.LatestOnlyAsync(plan, cancellationToken) is { } later) return later;
                plan.Reopen();
                return null;
            });
}

internal sealed class ReopenBudgetPlanInputType() : BudgetPlanReasonInputType("ReopenBudgetPlanInput");

internal sealed class ReopenBudgetPlanPayloadType() : PayloadType<BudgetPlanSubmissionType, BudgetPlanSubmission>("ReopenBudgetPlanPayload", "submission");
