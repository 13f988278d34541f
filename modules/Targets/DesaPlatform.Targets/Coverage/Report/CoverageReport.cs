using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Targets.Book;

namespace DesaPlatform.Targets.Coverage.Report;

/// <param name="AsOfDate">The day the figures describe: the day asked for, else the last day of a past year, today for the current year.</param>
/// <param name="AsOf">When they were computed.</param>
internal sealed record CoverageReport(
    string RegionCode, int Year, DateOnly AsOfDate, DateTime AsOf, CoverageFigures Total,
    IReadOnlyList<CoverageFigures> ByRegion, IReadOnlyList<SegmentFigures> BySegment, int PendingChanges);

/// <summary>
/// A region's roster figures: people in office and covered over every segment, its desa, and each indicator of the
/// catalog with the target that applies.
/// </summary>
internal sealed record CoverageFigures(
    string RegionCode, string RegionName, int PeopleInOffice, int PeopleCovered, int Villages, int VillagesWithCoverage,
    int VillagesWithApprovedRoster, IReadOnlyList<IndicatorFigure> Indicators)
{
    public decimal CoveragePercent => Percent.Of(PeopleCovered, PeopleInOffice);
}

/// <summary>Person coverage of one reporting segment (APARATUR_DESA, BPD, EKOSISTEM_DESA; KEPALA_DESA within APARATUR_DESA).</summary>
internal sealed record SegmentFigures(string Segment, int PeopleInOffice, int PeopleCovered)
{
    public decimal CoveragePercent => Percent.Of(PeopleCovered, PeopleInOffice);
}

/// <summary>One indicator's figure for one region: a share in percent, null while there is nothing to share.</summary>
internal sealed record IndicatorFigure(Indicator Indicator, int? Numerator, int? Denominator, AppliedTarget? Target)
{
    /// <summary>For UCJ, the input the figure comes from; null for every other indicator.</summary>
    public UcjInput? UcjInput { get; init; }

    public decimal? Value => Percent.Share(Numerator, Denominator);

    /// <summary>For ARREARS, the last closed month counted; null for every other indicator.</summary>
    public DateOnly? ArrearsAsOf { get; init; }

    /// <summary>For the roster indicators, the same read against the BPJS lists; null where no list covers the region.</summary>
    public VerifiedFigure? Verified { get; init; }

    /// <summary>Value minus target, in percentage points.</summary>
    public decimal? Gap => Value is { } value && Target is { } target ? value - target.Percent : null;

    /// <summary>At or past the target the way the indicator improves: above it, or under it where lower is better.</summary>
    public bool? OnTrack => Gap is { } gap ? (Indicator.LowerIsBetter ? gap <= 0 : gap >= 0) : null;
}

internal static class Percent
{
    /// <summary>A share in percent, two decimals; 0 when there is nothing to share.</summary>
    public static decimal Of(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 2);

    /// <summary>The same, but null — no figure, not 0 % — when there is nothing to share or no data.</summary>
    public static decimal? Share(int? part, int? whole) => whole is > 0 && part is { } counted ? Of(counted, whole.Value) : null;
}
