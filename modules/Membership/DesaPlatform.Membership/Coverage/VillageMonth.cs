using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// One village and segment's approved roster at the end of a closed month (<see cref="Month"/>, yyyy-MM), as the
/// approved history gives it: the monthly series read these instead of counting the history again. Written by
/// <see cref="MonthlyCoverage"/> when a month closes, and again for a village whose approval is reopened.
/// </summary>
[NotAudited("counted from the roster's approved history, which is audited")]
internal sealed class VillageMonth : IRegionOwned
{
    public required string Month { get; init; }
    public required string RegionCode { get; init; }
    public required Segment Segment { get; init; }
    public int InOffice { get; init; }
    public int Covered { get; init; }
    public int HeadInOffice { get; init; }
    public int HeadCovered { get; init; }
}

/// <summary>A month whose <see cref="VillageMonth"/> rows are complete for every village.</summary>
[NotAudited("a marker of the monthly counts")]
internal sealed class ClosedMonth
{
    public required string Month { get; init; }
    public DateTime ClosedAt { get; init; }
}
