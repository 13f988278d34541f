using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// The kept figures of one village and segment: its approved roster counted on the village's today, the changes
/// waiting for approval and the entries the people list shows. Written only by <see cref="CoverageSummary"/>, in the transaction of every roster change.
/// </summary>
[NotAudited("the roster it is counted from: every change there is audited")]
internal sealed class VillageCoverage : IRegionOwned
{
    public required string RegionCode { get; init; }
    public required Segment Segment { get; init; }
    public int InOffice { get; init; }
    public int Covered { get; init; }
    public int Pending { get; init; }

    /// <summary>Of <see cref="InOffice"/> and <see cref="Covered"/>, the village head (their segment's row only).</summary>
    public int HeadInOffice { get; init; }

    public int HeadCovered { get; init; }

    /// <summary>
    /// The village's entries as the people list shows them (each entry once: its draft or pending change, else its
    /// official version), so that the list's total is a sum here rather than a count of the roster.
    /// </summary>
    public int Listed { get; init; }

    /// <summary>
    /// When a term begins or ends or an enrollment starts by the calendar alone, so that these counts no longer hold
    /// (the start of that local day, UTC); null while only a roster change can alter them.
    /// </summary>
    public DateTime? ExpiresAt { get; init; }
}
