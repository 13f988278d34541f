using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Arrears.Summary;

internal static class ArrearsSummaryField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<ArrearsSummaryType>("arrearsSummary")
            .Description("A region's arrears in total and per child region, with the rule that marks people at risk. Null when the region is unknown or outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .ResolveAsync(async ctx =>
            {
                var regions = ctx.Service<IRegionDirectory>();
                var region = await regions.FindAsync(ctx.GetArgument<string>("regionCode"), ctx.CancellationToken);
                if (region is null) return null;
                var book = ctx.Service<ArrearsBook>();
                var people = await book.UnderAsync(region.Code, ctx.CancellationToken);
                var asOf = book.AsOf(region.Code);
                var rule = await book.RuleAsync(asOf, ctx.CancellationToken);
                var children = (await regions.ChildrenAsync(region.Code, ctx.CancellationToken)).Select(c => c.Code).ToList();
                IReadOnlyList<ArrearsTotals> byChild = children.Count == 0
                    ? [Totals(region.Code, people)]
                    : children.Select(c => Totals(c, people.Where(p => p.RegionCode == c || p.RegionCode.StartsWith(c + ".")))).ToList();
                var yearsWithoutPolicy = people.SelectMany(p => p.Months).Where(m => m.PolicyAssumed).Select(m => m.Period.Year).Distinct().Order().ToList();
                return new ArrearsSummary(region.Code, asOf, rule?.MonthsAllowed, rule?.Source, Totals(region.Code, people), byChild, yearsWithoutPolicy);
            });

    private static ArrearsTotals Totals(string code, IEnumerable<PersonArrears> people)
    {
        var list = people.ToList();
        return new ArrearsTotals(code, list.Count, list.Count(p => p.AtRisk), list.Sum(p => p.Owed));
    }
}
