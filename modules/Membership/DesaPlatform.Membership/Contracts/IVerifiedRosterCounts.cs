namespace DesaPlatform.Membership.Contracts;

/// <summary>
/// The approved roster read against BPJS: coverage verified — declared covered and also active in the newest BPJS
/// participant list of the person's village — beside coverage declared, both counted over the same villages: those a
/// list covers.
/// </summary>
public interface IVerifiedRosterCounts
{
    /// <summary>
    /// As <see cref="IRosterCounts.CountAsync"/> for the villages under <paramref name="rootCode"/> that a list dated by
    /// <paramref name="asOf"/> covers (a list of the village, its district, regency or province); null when none does.
    /// </summary>
    Task<VerifiedCounts?> CountAsync(string rootCode, int childCodeLength, DateOnly asOf, CancellationToken cancellationToken);
}

/// <param name="Declared">The approved roster of those villages, as declared.</param>
/// <param name="Verified">The same, counting as covered only whom their village's newest list has active.</param>
/// <param name="ListedRegions">The regions under the root the lists cover, none inside another (the root itself when a list covers it all).</param>
/// <param name="Lists">The lists some village is read against: the region each speaks for (within the root) and its date.</param>
public sealed record VerifiedCounts(
    RosterCounts Declared, RosterCounts Verified, IReadOnlyList<string> ListedRegions, IReadOnlyList<ListedRegion> Lists);

public sealed record ListedRegion(string RegionCode, DateOnly AsOf);
