namespace DesaPlatform.Membership.Contracts;

/// <summary>The approved roster counted for reports, as it stood on any day: set-based, a fixed number of queries.</summary>
public interface IRosterCounts
{
    /// <summary>
    /// The approved roster under <paramref name="rootCode"/> at the end of <paramref name="asOf"/> (the root's local
    /// day): the version of each entry approved last by then, counted where the person was in office that day, per
    /// child region (village codes cut to <paramref name="childCodeLength"/> characters; the root's own length gives
    /// one row) and segment. Regions and segments without people have no row.
    /// </summary>
    Task<RosterCounts> CountAsync(string rootCode, int childCodeLength, DateOnly asOf, CancellationToken cancellationToken);

    /// <summary>Roster changes under <paramref name="rootCode"/> waiting for approval now: in no figure yet.</summary>
    Task<int> CountPendingAsync(string rootCode, CancellationToken cancellationToken);
}

/// <param name="People">In office and covered, per child region and segment.</param>
/// <param name="DesaWithCoverage">Per child region: desa (not kelurahan) with at least one covered person.</param>
/// <param name="Segments">Every segment, in catalog order: APARATUR_DESA, BPD, EKOSISTEM_DESA.</param>
public sealed record RosterCounts(
    IReadOnlyList<PeopleCount> People, IReadOnlyDictionary<string, int> DesaWithCoverage, IReadOnlyList<string> Segments);

public sealed record PeopleCount(string RegionCode, string Segment, int InOffice, int Covered);
