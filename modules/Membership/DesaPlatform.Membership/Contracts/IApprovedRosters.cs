namespace DesaPlatform.Membership.Contracts;

/// <summary>Who is in office in the approved rosters of many villages at once, for the budget plans: one query.</summary>
public interface IApprovedRosters
{
    /// <summary>
    /// The people in office at the end of <paramref name="asOf"/> in the approved rosters of every village under
    /// <paramref name="rootCode"/> (a village or anything above): per entry the version approved last by then.
    /// </summary>
    Task<IReadOnlyList<RosterMember>> InOfficeAsync(string rootCode, DateOnly asOf, CancellationToken cancellationToken);
}

/// <param name="EntryId">The roster entry (the same person in the same position across versions).</param>
public sealed record RosterMember(string VillageCode, Guid EntryId, string FullName, string PositionCode);
