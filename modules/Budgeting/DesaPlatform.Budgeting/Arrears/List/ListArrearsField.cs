using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Arrears.List;

internal static class ListArrearsField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<PersonArrearsConnectionType>("arrears")
            .Description("Enrolled people under a region with their premiums due and paid; those at risk first, then most owed. Null when the region is unknown or outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<BooleanGraphType>("atRiskOnly", "true: only people at risk.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "Cursor of the last item of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var region = await ctx.Service<IRegionDirectory>().FindAsync(ctx.GetArgument<string>("regionCode"), ctx.CancellationToken);
                if (region is null) return null;
                var people = await ctx.Service<ArrearsBook>().UnderAsync(region.Code, ctx.CancellationToken);
                var atRiskOnly = ctx.GetArgument<bool?>("atRiskOnly") ?? false;
                return page.ApplyTo(people.Where(p => !atRiskOnly || p.AtRisk)
                    .OrderByDescending(p => p.AtRisk).ThenByDescending(p => p.Owed).ThenBy(p => p.RegionCode).ThenBy(p => p.FullName).ToList());
            });
}
