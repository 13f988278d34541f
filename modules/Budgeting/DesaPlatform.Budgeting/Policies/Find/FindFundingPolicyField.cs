using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Policies.Find;

internal static class FindFundingPolicyField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<FundingPolicyType>("fundingPolicy")
            .Description("The funding policy of a regency — or of the regency a district or village lies in — for a fiscal year; null when it has none or the region is outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async ctx => await ctx.Service<VisiblePolicies>()
                .FindAsync(ctx.GetArgument<string>("regionCode"), ctx.GetArgument<int>("year"), ctx.CancellationToken));
}
