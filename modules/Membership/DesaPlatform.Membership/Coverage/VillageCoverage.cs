using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// The kept figures of one village and segment: its approved roster counted on the village's today, and the changes
/// waiting for approval. Written only by <see cref="CoverageSummary"/>, in the transaction of every roster change.
/// </summary>
[NotAudited("the roster it is counted from: every change there is audited")]
internal sealed class VillageCoverage : IRegionOwned
{
    public required string RegionCode { get; init; }
    public required Segment Segment { get; init; }
    public int InOffice { get; init; }
    public int Covered { get; init; }
    public int Pending { get; init; }

    /// <summary>
    /// When a term begins or ends or an enrollment starts by the calendar alone, so that these counts no longer hold
    /// (the start of that local day, UTC); null while only a roster change can alter them.
    /// </summary>
    public DateTime? ExpiresAt { get; init; }
}
