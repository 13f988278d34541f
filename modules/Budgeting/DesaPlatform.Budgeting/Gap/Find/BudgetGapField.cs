using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Gap.Find;

internal static class BudgetGapField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<BudgetGapType>("budgetGap")
            .Description("A region's premium budget for a year — needed, planned, paid and the gap, by payer — and per child region. Null when the region is unknown or outside your scope, or the year outside the policies' years.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async ctx => await ctx.Service<BudgetGapHandler>()
                .HandleAsync(ctx.GetArgument<string>("regionCode"), ctx.GetArgument<int>("year"), ctx.CancellationToken));
}
