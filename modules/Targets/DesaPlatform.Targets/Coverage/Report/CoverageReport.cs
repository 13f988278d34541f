using DesaPlatform.Targets.Domain;

namespace DesaPlatform.Targets.Coverage.Report;

/// <param name="AsOfDate">The day the figures describe: the last day of a past year, today for the current year.</param>
/// <param name="AsOf">When they were computed.</param>
internal sealed record CoverageReport(
    string RegionCode, int Year, DateOnly AsOfDate, DateTime AsOf, Target? Target, CoverageFigures Total,
    IReadOnlyList<CoverageFigures> ByRegion, IReadOnlyList<SegmentFigures> BySegment, int PendingChanges);

/// <summary>Person coverage (covered / in office) and village registration (desa with a covered person / desa).</summary>
internal sealed record CoverageFigures(string RegionCode, string RegionName, int PeopleInOffice, int PeopleCovered, int Villages, int VillagesWithCoverage)
{
    public decimal CoveragePercent => Percent.Of(PeopleCovered, PeopleInOffice);
}

/// <summary>Person coverage of one segment (APARATUR_DESA, BPD, EKOSISTEM_DESA).</summary>
internal sealed record SegmentFigures(string Segment, int PeopleInOffice, int PeopleCovered)
{
    public decimal CoveragePercent => Percent.Of(PeopleCovered, PeopleInOffice);
}

internal static class Percent
{
    /// <summary>A share in percent, two decimals; 0 when there is nothing to share.</summary>
    public static decimal Of(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 2);
}
