using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Coverage.Report;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Targets.Book;
using DesaPlatform.Targets.Ucj;

namespace DesaPlatform.Targets.Coverage.Series;

/// <summary>
/// An indicator of one region month by month — closed months from their kept counts, the others from the approved
/// history; UCJ from its inputs; arrears as of the last closed month — its targets, and a projection from the recent trend to each target year from this one on.
/// </summary>
internal sealed class IndicatorSeriesHandler(
    IRegionDirectory regions, IRosterCounts roster, TargetBookReader targets, UcjBookReader ucj, IArrearsFigures arrears, IClock clock)
{
    public const int MaxMonths = 36;
    private static readonly UcjBook NoUcj = new([]);

    public async Task<IndicatorSeries?> HandleAsync(string regionCode, Indicator indicator, int months, CancellationToken cancellationToken)
    {
        var region = await regions.FindAsync(regionCode, cancellationToken);
        if (region is null) return null;
        var today = clock.TodayIn(region.Code);
        var book = await targets.ReadAsync(null, [region.Code], cancellationToken);
        var days = MonthEnds(today, months).ToList();
        var points = indicator.Kind switch
        {
            IndicatorKind.Ucj => UcjPoints(await ucj.ReadAsync([region.Code], today, cancellationToken), region.Code, days),
            IndicatorKind.Arrears => [await ArrearsPointAsync(region.Code, cancellationToken)],
            _ => await PointsAsync(region.Code, indicator, days, book, cancellationToken),
        };

        var yearTargets = book.Years.Select(year => book.For(indicator.Code, region.Code, year) is { } target ? new YearTarget(year, target) : null)
            .OfType<YearTarget>().ToList();
        var trend = Projection.TrendPerMonth(points.Select(p => p.Value).OfType<decimal>().ToList());
        var last = points.LastOrDefault();
        var projections = trend is { } slope && last is { Value: { } value, Numerator: { } numerator, Denominator: { } denominator }
            ? yearTargets.Where(t => t.Year >= today.Year)
                .Select(t => Projection.To(t.Year, t.Target.Percent, slope, last.AsOfDate, value, numerator, denominator)).ToList()
            : [];
        return new IndicatorSeries(region.Code, indicator, points, yearTargets, trend, projections, clock.UtcNow);
    }

    private async Task<List<SeriesPoint>> PointsAsync(string regionCode, Indicator indicator, IReadOnlyList<DateOnly> days, TargetBook book,
        CancellationToken cancellationToken)
    {
        var desa = await regions.CountDesaAsync(regionCode, regionCode.Length, cancellationToken);
        var closed = await roster.CountClosedMonthsAsync(regionCode, days, cancellationToken);
        var points = new List<SeriesPoint>();
        foreach (var day in days)
        {
            // A closed month is read from its kept counts; this month (and one not closed yet) counted from the history.
            var counts = closed.TryGetValue(day, out var kept) ? kept : await roster.CountAsync(regionCode, regionCode.Length, day, cancellationToken);
            var figure = new IndicatorFigures(counts, desa, book, day.Year, NoUcj, null, null, day).Of(regionCode, "", _ => true).Indicators
                .Single(f => f.Indicator.Code == indicator.Code);
            points.Add(new SeriesPoint(day, figure.Numerator, figure.Denominator));
        }
        return points;
    }

    /// <summary>Arrears are not kept month by month: the one point is the last closed month, at its last day.</summary>
    private async Task<SeriesPoint> ArrearsPointAsync(string regionCode, CancellationToken cancellationToken)
    {
        var counts = await arrears.CountAsync(regionCode, regionCode.Length, cancellationToken);
        var figure = counts.For(_ => true);
        return new SeriesPoint(counts.AsOf.AddMonths(1).AddDays(-1), figure.AtRisk, figure.Enrolled);
    }

    /// <summary>UCJ's input in force at each month's end, from the month of the first one on.</summary>
    private static List<SeriesPoint> UcjPoints(UcjBook book, string regionCode, IEnumerable<DateOnly> days) =>
        days.Select(day => book.InForce(regionCode, day)).Zip(days)
            .SkipWhile(p => p.First is null)
            .Select(p => new SeriesPoint(p.Second, p.First!.Participants, p.First.WorkingPopulation)).ToList();

    /// <summary>The last day of each of the <paramref name="months"/> months up to this one; today for this one.</summary>
    private static IReadOnlyList<DateOnly> MonthEnds(DateOnly today, int months) =>
        Enumerable.Range(0, months).Reverse().Select(back =>
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
            return back == 0 ? today : month.AddMonths(1).AddDays(-1);
        }).ToList();
}
