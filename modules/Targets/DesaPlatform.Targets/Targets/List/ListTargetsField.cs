using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Targets.Book;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Targets.List;

/// <summary>The target that applies to one region, indicator and year, and where it was set.</summary>
internal sealed record TargetRow(string RegionCode, string RegionName, Indicator Indicator, int Year, AppliedTarget Target);

internal sealed record TargetSheet(string RegionCode, IReadOnlyList<TargetRow> Rows);

internal static class ListTargetsField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<TargetSheetType>("targets")
            .Description("The targets that apply to a region and to each of its regencies (for a province), every year and indicator that has one; null when the region is unknown or outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .ResolveAsync(async ctx => await ListAsync(ctx.Service<IRegionDirectory>(), ctx.Service<TargetBookReader>(),
                ctx.GetArgument<string>("regionCode"), ctx.CancellationToken));

    private static async Task<TargetSheet?> ListAsync(IRegionDirectory regions, TargetBookReader targets, string regionCode,
        CancellationToken cancellationToken)
    {
        var region = await regions.FindAsync(regionCode, cancellationToken);
        if (region is null) return null;
        IReadOnlyList<RegionSummary> shown = region.Depth == 1 ? [region, .. await regions.ChildrenAsync(region.Code, cancellationToken)] : [region];
        var book = await targets.ReadAsync(null, shown.Select(r => r.Code), cancellationToken);
        return new TargetSheet(region.Code, (
            from indicator in IndicatorCatalog.All
            from year in book.Years
            from row in shown
            let target = book.For(indicator.Code, row.Code, year)
            where target is not null
            select new TargetRow(row.Code, row.Name, indicator, year, target)).ToList());
    }
}

internal sealed class TargetSheetType : ObjectGraphType<TargetSheet>
{
    public TargetSheetType()
    {
        Name = "TargetSheet";
        Field(s => s.RegionCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetRowType>>>>("rows").Resolve(ctx => ctx.Source.Rows);
    }
}

internal sealed class TargetRowType : ObjectGraphType<TargetRow>
{
    public TargetRowType()
    {
        Name = "TargetRow";
        Field(r => r.RegionCode);
        Field(r => r.RegionName);
        Field<NonNullGraphType<IndicatorType>>("indicator").Resolve(ctx => ctx.Source.Indicator);
        Field(r => r.Year);
        Field<NonNullGraphType<AppliedTargetType>>("target").Resolve(ctx => ctx.Source.Target);
    }
}
