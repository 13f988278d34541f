using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Auditing;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// One region and segment at a closed month's end: the <see cref="VillageMonth"/> rows of its villages rolled up, kept
/// for every district, regency, province and the country (code ""), so that a region's series reads one row a month.
/// Not region-owned: a regency's reopened approval moves its province's and the country's totals too, and they are
/// only ever read for a region the reader may see.
/// </summary>
[NotAudited("rolled up from the monthly counts, themselves counted from the audited roster")]
internal sealed class RegionMonth
{
    public required string Month { get; init; }
    public required string RegionCode { get; init; }
    public required Segment Segment { get; init; }
    public int InOffice { get; init; }
    public int Covered { get; init; }
    public int HeadInOffice { get; init; }
    public int HeadCovered { get; init; }
    public int DesaWithCoverage { get; init; }
    public int DesaWithHeadCovered { get; init; }
}

/// <summary>One region's desa at a closed month's end, whatever the segment (see <see cref="RegionMonth"/>).</summary>
[NotAudited("rolled up from the monthly counts, themselves counted from the audited roster")]
internal sealed class RegionMonthDesa
{
    public required string Month { get; init; }
    public required string RegionCode { get; init; }
    public int DesaWithCoverage { get; init; }
    public int DesaWithApprovedRoster { get; init; }
}
