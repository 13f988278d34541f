using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Targets.Cost;

internal static class TargetCostField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<TargetCostType>("targetCost")
            .Description("What reaching a year's person-coverage targets would cost a year, by payer, under the policies or a what-if scenario. Null when the region is unknown or outside your scope, or the year outside the targets' years.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Argument<ScenarioSwitchesInputType>("switches")
            .ResolveAsync(async ctx => await ctx.Service<TargetCostHandler>().HandleAsync(ctx.GetArgument<string>("regionCode"),
                ctx.GetArgument<int>("year"), ctx.GetArgument<PolicySwitches?>("switches") ?? PolicySwitches.None, ctx.CancellationToken));
}
