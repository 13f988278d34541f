using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster;

/// <summary>The same NIK holding an open position in another village: usually a data error, rarely two BPD seats.</summary>
internal sealed record NikElsewhere(string Nik, string VillageCode, string PositionCode)
{
    private const int NiksPerQuery = 1000;

    /// <summary>
    /// Reads every village, not only the caller's scope, on purpose: the conflict is the point. Only the village code
    /// and position leave this method, never the other village's personal data.
    /// </summary>
    public static async Task<ILookup<string, NikElsewhere>> FindAsync(MembershipDbContext db, string villageCode,
        IReadOnlyCollection<string> niks, DateOnly today, CancellationToken cancellationToken) =>
        OutsideOf(await FindAsync(db, niks, today, cancellationToken), villageCode, niks);

    /// <summary>Every open entry of these NIKs, in whichever village (the checked villages' own too: see <see cref="OutsideOf"/>).</summary>
    public static async Task<ILookup<string, NikElsewhere>> FindAsync(MembershipDbContext db, IReadOnlyCollection<string> niks, DateOnly today,
        CancellationToken cancellationToken)
    {
        var found = new List<NikElsewhere>();
        foreach (var chunk in niks.Distinct().Chunk(NiksPerQuery))
        {
            found.AddRange(await db.People.IgnoreQueryFilters()
                .Where(p => chunk.Contains(p.Nik) && p.Status != RosterStatus.Superseded && (p.TermEnd == null || p.TermEnd >= today))
                .Select(p => new NikElsewhere(p.Nik, p.RegionCode, p.PositionCode))
                .Distinct()
                .ToListAsync(cancellationToken));
        }
        return found.ToLookup(e => e.Nik);
    }

    /// <summary>Of <paramref name="open"/>, the entries of <paramref name="niks"/> outside <paramref name="villageCode"/>.</summary>
    public static ILookup<string, NikElsewhere> OutsideOf(ILookup<string, NikElsewhere> open, string villageCode, IEnumerable<string> niks) =>
        niks.Distinct().SelectMany(nik => open[nik]).Where(e => e.VillageCode != villageCode).ToLookup(e => e.Nik);
}
