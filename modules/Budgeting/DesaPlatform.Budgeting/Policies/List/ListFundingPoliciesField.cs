using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Policies.List;

internal static class ListFundingPoliciesField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<ListGraphType<NonNullGraphType<FundingPolicyType>>>("fundingPolicies")
            .Description("Every year's funding policies of the regencies in a province, or of the regency a region lies in, newest year first; null when the region is outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .ResolveAsync(async ctx => await ctx.Service<VisiblePolicies>().ListAsync(ctx.GetArgument<string>("regionCode"), ctx.CancellationToken));
}
