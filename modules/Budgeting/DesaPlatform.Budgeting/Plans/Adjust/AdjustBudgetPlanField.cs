using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.Budgeting.Policies;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.Adjust;

internal static class AdjustBudgetPlanField
{
    public static void AddTo(ObjectGraphType mutation, PlanLevel level) =>
        mutation.Field<NonNullGraphType<AdjustBudgetPlanPayloadType>>(level.FieldName("adjust"))
            .Description("Sets the lines of an open plan of this level (with the version read); a line that differs from the computed plan needs a note.")
            .Argument<NonNullGraphType<AdjustBudgetPlanInputType>>("input")
            .RequireRoles(level.Roles.Of(ApprovalAction.Submit))
            .ResolveAsync(async ctx => await ctx.Service<AdjustBudgetPlanHandler>()
                .HandleAsync(level, ctx.GetArgument<AdjustBudgetPlanInput>("input"), ctx.CancellationToken));
}

internal sealed class AdjustBudgetPlanInputType : InputObjectGraphType<AdjustBudgetPlanInput>
{
    public AdjustBudgetPlanInputType()
    {
        Name = "AdjustBudgetPlanInput";
        Field<NonNullGraphType<IdGraphType>>("planId");
        Field(i => i.Version).Description("The version read: a plan changed since is not saved over.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanLineInputType>>>>("lines").Description("Every line of the plan, as it should be.");
    }
}

internal sealed class PlanLineInputType : InputObjectGraphType<PlanLine>
{
    public PlanLineInputType()
    {
        Name = "BudgetPlanLineInput";
        Field(l => l.AccountCode);
        Field<NonNullGraphType<PositionGroupType>>("group");
        Field<NonNullGraphType<PayerType>>("payer");
        Field(l => l.People);
        Field(l => l.Months);
        Field(l => l.MonthlyPremium);
        Field(l => l.Note, nullable: true).Description("Why the line differs from the computed one (required then).");
    }
}

internal sealed class AdjustBudgetPlanPayloadType() : PayloadType<BudgetPlanType, BudgetPlan>("AdjustBudgetPlanPayload", "budgetPlan");
