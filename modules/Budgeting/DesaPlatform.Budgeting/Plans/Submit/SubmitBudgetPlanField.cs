using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.Submit;

internal static class SubmitBudgetPlanField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SubmitBudgetPlanPayloadType>>("submitBudgetPlan")
            .Description("Sends the village's plan, as it stands, to its regency for approval.")
            .Argument<NonNullGraphType<SubmitBudgetPlanInputType>>("input")
            .RequireRoles(ApprovalRoles.Village.Of(ApprovalAction.Submit))
            .ResolveAsync(async ctx => await ctx.Service<SubmitBudgetPlanHandler>()
                .HandleAsync(ctx.GetArgument<SubmitBudgetPlanInput>("input").PlanId, ctx.CancellationToken));
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
