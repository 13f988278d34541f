namespace DesaPlatform.Membership.Contracts;

/// <summary>Each village's approved roster today, one segment at a time: for the lists of villages that lag.</summary>
public interface IVillageStandings
{
    /// <summary>
    /// The villages under <paramref name="rootCode"/> with an approved roster or an approved submission, keyed by code;
    /// <paramref name="segment"/> is a reporting segment (<see cref="RosterCounts.Segments"/>).
    /// </summary>
    Task<IReadOnlyDictionary<string, VillageStanding>> OfAsync(string rootCode, string segment, CancellationToken cancellationToken);
}

/// <param name="LastApprovedAt">When the regency last approved a submission of the village; null if never.</param>
public sealed record VillageStanding(int InOffice, int Covered, DateTime? LastApprovedAt);
