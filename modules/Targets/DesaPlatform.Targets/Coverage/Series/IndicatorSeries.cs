using DesaPlatform.Targets.Coverage.Report;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Targets.Book;

namespace DesaPlatform.Targets.Coverage.Series;

/// <summary>One month's figure: as of the month's last day (today for the current month).</summary>
internal sealed record SeriesPoint(DateOnly AsOfDate, int? Numerator, int? Denominator)
{
    public decimal? Value => Percent.Share(Numerator, Denominator);
}

internal sealed record YearTarget(int Year, AppliedTarget Target);

internal sealed record IndicatorSeries(
    string RegionCode, Indicator Indicator, IReadOnlyList<SeriesPoint> Points, IReadOnlyList<YearTarget> Targets,
    decimal? TrendPerMonth, IReadOnlyList<Projection> Projections, DateTime AsOf);
