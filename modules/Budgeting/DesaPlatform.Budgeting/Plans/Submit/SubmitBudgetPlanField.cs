using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.Submit;

internal static class SubmitBudgetPlanField
{
    public static void AddTo(ObjectGraphType mutation, PlanLevel level) =>
        mutation.Field<NonNullGraphType<SubmitBudgetPlanPayloadType>>(level.FieldName("submit"))
            .Description(level == PlanLevel.Village
                ? "Sends the village's plan, as it stands, to its regency for approval."
                : "Sends the regency's own APBD plan, as it stands, to its province for approval.")
            .Argument<NonNullGraphType<SubmitBudgetPlanInputType>>("input")
            .RequireRoles(level.Roles.Of(ApprovalAction.Submit))
            .ResolveAsync(async ctx => await ctx.Service<SubmitBudgetPlanHandler>()
                .HandleAsync(level, ctx.GetArgument<SubmitBudgetPlanInput>("input").PlanId, ctx.CancellationToken));
}

internal sealed record SubmitBudgetPlanInput(Guid PlanId);

internal sealed class SubmitBudgetPlanInputType : InputObjectGraphType<SubmitBudgetPlanInput>
{
    public SubmitBudgetPlanInputType()
    {
        Name = "SubmitBudgetPlanInput";
        Field<NonNullGraphType<IdGraphType>>("planId");
    }
}

internal sealed class SubmitBudgetPlanPayloadType() : PayloadType<BudgetPlanSubmissionType, BudgetPlanSubmission>("SubmitBudgetPlanPayload", "submission");
