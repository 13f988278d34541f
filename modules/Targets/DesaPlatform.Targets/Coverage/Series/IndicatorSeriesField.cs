using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Targets.Book;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Coverage.Series;

internal static class IndicatorSeriesField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<IndicatorSeriesType>("indicatorSeries")
            .Description("An indicator of a region month by month from the approved history, with its targets and a projection to each target year; null when the region is unknown or outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<NonNullGraphType<StringGraphType>>("indicator")
            .Argument<IntGraphType>("months", $"How many months up to this one (default 24, at most {IndicatorSeriesHandler.MaxMonths}).")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("indicator");
                var indicator = IndicatorCatalog.Find(code) ?? throw new ExecutionError($"Indicator '{code}' is not in the catalog.") { Code = "UNKNOWN_INDICATOR" };
                var months = ctx.GetArgument<int?>("months") ?? 24;
                if (months is < 1 or > IndicatorSeriesHandler.MaxMonths)
                    throw new ExecutionError($"Argument 'months' must be between 1 and {IndicatorSeriesHandler.MaxMonths}.") { Code = "SERIES_MONTHS" };
                return await ctx.Service<IndicatorSeriesHandler>().HandleAsync(ctx.GetArgument<string>("regionCode"), indicator, months, ctx.CancellationToken);
            });
}

internal sealed class IndicatorSeriesType : ObjectGraphType<IndicatorSeries>
{
    public IndicatorSeriesType()
    {
        Name = "IndicatorSeries";
        Field(s => s.RegionCode);
        Field<NonNullGraphType<IndicatorType>>("indicator").Resolve(ctx => ctx.Source.Indicator);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesPointType>>>>("points")
            .Description("One per month, oldest first. UCJ: the region's own input in force at each month's end, from its first input on (none before).").Resolve(ctx => ctx.Source.Points);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<YearTargetType>>>>("targets").Resolve(ctx => ctx.Source.Targets);
        Field(s => s.TrendPerMonth, nullable: true).Description($"Percentage points per month over the last {Projection.TrendMonths} months (least squares).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectionType>>>>("projections")
            .Description("For each target year from this one on, where the trend leads and what reaching the target takes.").Resolve(ctx => ctx.Source.Projections);
        Field(s => s.AsOf).Description("When this was computed.");
    }
}

internal sealed class SeriesPointType : ObjectGraphType<SeriesPoint>
{
    public SeriesPointType()
    {
        Name = "SeriesPoint";
        Field(p => p.AsOfDate).Description("The month's last day; today for the current month.");
        Field(p => p.Numerator, nullable: true);
        Field(p => p.Denominator, nullable: true);
        Field(p => p.Value, nullable: true);
    }
}

internal sealed class YearTargetType : ObjectGraphType<YearTarget>
{
    public YearTargetType()
    {
        Name = "YearTarget";
        Field(t => t.Year);
        Field<NonNullGraphType<AppliedTargetType>>("target").Resolve(ctx => ctx.Source.Target);
    }
}

internal sealed class ProjectionType : ObjectGraphType<Projection>
{
    public ProjectionType()
    {
        Name = "Projection";
        Field(p => p.Year);
        Field(p => p.Target);
        Field(p => p.ProjectedValue).Description("The value on 31 December of the year if the recent trend holds.");
        Field(p => p.OnTrack);
        Field(p => p.MonthsLeft);
        Field(p => p.UnitsNeeded).Description("More people (person coverage) or desa (registration, completeness) the target needs beyond today's.");
        Field(p => p.UnitsPerMonth).Description("Those per month left.");
    }
}
