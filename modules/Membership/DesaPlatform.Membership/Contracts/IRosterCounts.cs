namespace DesaPlatform.Membership.Contracts;

/// <summary>The approved roster counted for reports, as it stood on any day: set-based, a fixed number of queries.</summary>
public interface IRosterCounts
{
    /// <summary>
    /// The approved roster under <paramref name="rootCode"/> at the end of <paramref name="asOf"/> (the root's local
    /// day): the version of each entry approved last by then, counted where the person was in office that day, per
    /// child region (village codes cut to <paramref name="childCodeLength"/> characters; the root's own length gives
    /// one row). Regions without people have no row.
    /// </summary>
    Task<RosterCounts> CountAsync(string rootCode, int childCodeLength, DateOnly asOf, CancellationToken cancellationToken);

    /// <summary>Roster changes under <paramref name="rootCode"/> waiting for approval now: in no figure yet.</summary>
    Task<int> CountPendingAsync(string rootCode, CancellationToken cancellationToken);
}

/// <param name="BySegment">Per child region and reporting segment: people in office, covered, and desa with a covered person.</param>
/// <param name="ByRegion">Per child region, whatever the segment: desa with a covered person and desa with an approved roster.</param>
public sealed record RosterCounts(IReadOnlyList<SegmentCount> BySegment, IReadOnlyList<DesaCount> ByRegion)
{
    /// <summary>
    /// The reporting segments: the three of the position catalog, and the village head on their own (also counted
    /// in APARATUR_DESA).
    /// </summary>
    public static readonly IReadOnlyList<string> Segments = ["APARATUR_DESA", "BPD", "EKOSISTEM_DESA", KepalaDesa];

    public const string KepalaDesa = "KEPALA_DESA";
}

/// <param name="DesaWithCoverage">Desa (not kelurahan) with at least one covered person in the segment.</param>
public sealed record SegmentCount(string RegionCode, string Segment, int InOffice, int Covered, int DesaWithCoverage);

/// <param name="DesaWithCoverage">Desa with at least one covered person in any segment.</param>
/// <param name="DesaWithApprovedRoster">Desa whose approved roster has someone in office: the figures' data completeness.</param>
public sealed record DesaCount(string RegionCode, int DesaWithCoverage, int DesaWithApprovedRoster);
