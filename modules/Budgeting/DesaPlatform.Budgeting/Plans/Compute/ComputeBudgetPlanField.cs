using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.Compute;

internal static class ComputeBudgetPlanField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ComputeBudgetPlanPayloadType>>("computeBudgetPlan")
            .Description("Computes the village's plan for a year from its approved roster, its regency's funding policy and the rates in force month by month.")
            .Argument<NonNullGraphType<ComputeBudgetPlanInputType>>("input")
            .RequireRoles(UserRole.VillageOperator)
            .ResolveAsync(async ctx => await ctx.Service<ComputeBudgetPlanHandler>()
                .HandleAsync(ctx.GetArgument<ComputeBudgetPlanInput>("input"), ctx.CancellationToken));
}

internal sealed class ComputeBudgetPlanInputType : InputObjectGraphType<ComputeBudgetPlanInput>
{
    public ComputeBudgetPlanInputType()
    {
        Name = "ComputeBudgetPlanInput";
        Field(i => i.VillageCode);
        Field(i => i.Year).Description("The fiscal year.");
        Field(i => i.RosterAsOf, nullable: true).Description("The day of the approved roster to plan with; today if none.");
    }
}

internal sealed class ComputeBudgetPlanPayloadType() : PayloadType<BudgetPlanType, BudgetPlan>("ComputeBudgetPlanPayload", "budgetPlan");
