using DesaPlatform.Membership.Contracts;
using DesaPlatform.Targets.Domain;

namespace DesaPlatform.Targets.Coverage;

internal sealed record CoverageReport(
    string RegionCode, int Year, DateTime AsOf, Target? Target, CoverageFigures Total, IReadOnlyList<CoverageFigures> ByRegion,
    IReadOnlyList<SegmentCoverage> BySegment, int PendingChanges);

/// <summary>Person coverage (covered / in office) and village registration (desa with a covered person / desa).</summary>
internal sealed record CoverageFigures(string RegionCode, string RegionName, int PeopleInOffice, int PeopleCovered, int Villages, int VillagesWithCoverage)
{
    public decimal CoveragePercent => PeopleInOffice == 0 ? 0 : Math.Round(100m * PeopleCovered / PeopleInOffice, 2);
}
