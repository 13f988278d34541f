using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Auditing;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// One district and segment: its villages' kept <see cref="VillageCoverage"/> rows summed, in the same transaction,
/// so that a regency's, a province's or the country's figures sum a few hundred rows instead of every village's.
/// Not region-owned: a village's change moves its district's totals, outside the village operator's scope; they are
/// only ever read for a region the reader may see.
/// </summary>
[NotAudited("summed from the kept village figures, themselves counted from the audited roster")]
internal sealed class DistrictCoverage
{
    public required string RegionCode { get; init; }
    public required Segment Segment { get; init; }
    public int InOffice { get; init; }
    public int Covered { get; init; }
    public int HeadInOffice { get; init; }
    public int HeadCovered { get; init; }
    public int DesaWithCoverage { get; init; }
    public int DesaWithHeadCovered { get; init; }
}

/// <summary>One district's kept figures whatever the segment (see <see cref="DistrictCoverage"/>).</summary>
[NotAudited("summed from the kept village figures, themselves counted from the audited roster")]
internal sealed class DistrictSummary
{
    public required string RegionCode { get; init; }
    public int DesaWithCoverage { get; init; }
    public int DesaWithApprovedRoster { get; init; }
    public int Pending { get; init; }

    /// <summary>The first of its villages' <see cref="VillageCoverage.ExpiresAt"/>: from then on its villages are read instead.</summary>
    public DateTime? ExpiresAt { get; init; }
}
