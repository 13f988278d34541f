using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Plans.Compute;

internal static class ComputeBudgetPlanField
{
    public static void AddTo<TInput>(ObjectGraphType mutation, PlanLevel level) where TInput : ComputePlanInputType =>
        mutation.Field<NonNullGraphType<ComputeBudgetPlanPayloadType>>(level.FieldName("compute"))
            .Description(level == PlanLevel.Village
                ? "Computes the village's plan for a year from its approved roster, its regency's funding policy and the rates in force month by month."
                : "Computes the regency's own APBD plan for a year: the APBD kabupaten/kota shares of the plans of all its villages, from their approved rosters.")
            .Argument<NonNullGraphType<TInput>>("input")
            .RequireRoles(level.Roles.Of(ApprovalAction.Submit))
            .ResolveAsync(async ctx => await ctx.Service<ComputeBudgetPlanHandler>()
                .HandleAsync(level, ctx.GetArgument<ComputeBudgetPlanInput>("input"), ctx.CancellationToken));
}

/// <summary>The region is named as the level names it (<c>villageCode</c>, <c>regencyCode</c>).</summary>
internal abstract class ComputePlanInputType : InputObjectGraphType<ComputeBudgetPlanInput>
{
    private readonly PlanLevel _level;

    protected ComputePlanInputType(PlanLevel level)
    {
        _level = level;
        Name = level.TypeName("Compute", "Input");
        Field<NonNullGraphType<StringGraphType>>(level.CodeArgument);
        Field(i => i.Year).Description("The fiscal year.");
        Field(i => i.RosterAsOf, nullable: true).Description("The day of the approved rosters to plan with; today if none.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ComputeBudgetPlanInput((string)value[_level.CodeArgument]!, (int)value["year"]!, value.TryGetValue("rosterAsOf", out var day) ? (DateOnly?)day : null);
}

internal sealed class ComputeBudgetPlanInputType() : ComputePlanInputType(PlanLevel.Village);

internal sealed class ComputeRegencyBudgetPlanInputType() : ComputePlanInputType(PlanLevel.Regency);

internal sealed class ComputeBudgetPlanPayloadType() : PayloadType<BudgetPlanType, BudgetPlan>("ComputeBudgetPlanPayload", "budgetPlan");
