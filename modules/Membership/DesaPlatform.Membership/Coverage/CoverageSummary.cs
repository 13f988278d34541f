using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// Counts villages' rosters into <see cref="VillageCoverage"/> rows: one grouped statement per time zone for any number
/// of villages. <see cref="RecountAsync"/> keeps them, in the transaction of every roster change (see
/// <c>RosterLock</c>), after the calendar made them expire and when the whole summary is rebuilt.
/// </summary>
internal sealed class CoverageSummary(MembershipDbContext db, KeptDistricts districts, IClock clock)
{
    /// <summary>The villages' figures as of now, each on its own local day; villages without entries have no row.</summary>
    public async Task<List<VillageCoverage>> CountAsync(IReadOnlyCollection<string> villageCodes, CancellationToken cancellationToken)
    {
        var rows = new List<VillageCoverage>();
        foreach (var zone in villageCodes.GroupBy(RegionTime.Of))
            rows.AddRange(await CountInZoneAsync(zone.ToList(), zone.Key, cancellationToken));
        return rows;
    }

    /// <summary>The villages of <paramref name="rows"/> with a row the calendar has expired by now: their kept counts no longer hold.</summary>
    public IQueryable<string> ExpiredVillages(IQueryable<VillageCoverage> rows)
    {
        var now = clock.UtcNow;
        return rows.Where(r => r.ExpiresAt <= now).Select(r => r.RegionCode).Distinct();
    }

    /// <summary>
    /// Replaces the villages' kept rows by a new count, and their districts' sums; the roster change it follows must be
    /// saved already.
    /// </summary>
    public async Task RecountAsync(IReadOnlyCollection<string> villageCodes, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.HasChanges()) throw new InvalidOperationException("A roster change is recounted after it is saved.");
        var counted = await CountAsync(villageCodes, cancellationToken);
        await db.VillageCoverage.Where(r => villageCodes.Contains(r.RegionCode)).ExecuteDeleteAsync(cancellationToken);
        db.VillageCoverage.AddRange(counted);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in counted) db.Entry(row).State = EntityState.Detached;
        await districts.RecountAsync(villageCodes, cancellationToken);
    }

    private async Task<List<VillageCoverage>> CountInZoneAsync(List<string> villageCodes, RegionTime zone, CancellationToken cancellationToken)
    {
        var today = zone.DayOf(clock.UtcNow);
        var groups = await db.People
            .Where(p => villageCodes.Contains(p.RegionCode) && p.Status != RosterStatus.Superseded)
            .Join(db.Positions, person => person.PositionCode, position => position.Code, (p, position) => new { p, position.Segment })
            .Select(x => new
            {
                x.p.RegionCode, x.Segment, x.p.TermStart, x.p.TermEnd, x.p.CoveredFrom,
                Official = x.p.Status == RosterStatus.Official,
                Pending = x.p.Status == RosterStatus.Pending,
                NewEntry = x.p.BasedOnId == null,
                Head = x.p.PositionCode == Position.KepalaDesa,
                InOffice = x.p.Status == RosterStatus.Official && x.p.TermStart <= today && (x.p.TermEnd == null || x.p.TermEnd >= today),
            })
            .GroupBy(p => new { p.RegionCode, p.Segment })
            .Select(g => new
            {
                g.Key.RegionCode,
                g.Key.Segment,
                InOffice = g.Count(p => p.InOffice),
                Covered = g.Count(p => p.InOffice && p.CoveredFrom <= today),
                HeadInOffice = g.Count(p => p.InOffice && p.Head),
                HeadCovered = g.Count(p => p.InOffice && p.Head && p.CoveredFrom <= today),
                Pending = g.Count(p => p.Pending),
                // A change of an official version shows in the list instead of it: the official one counts, its change
                // not (an official version stays official while a change of it waits).
                Listed = g.Count(p => p.Official || p.NewEntry),
                NextTermStart = g.Where(p => p.Official && p.TermStart > today).Min(p => (DateOnly?)p.TermStart),
                NextTermEnd = g.Where(p => p.Official && p.TermEnd >= today).Min(p => p.TermEnd),
                NextCoveredFrom = g.Where(p => p.Official && p.CoveredFrom > today).Min(p => p.CoveredFrom),
            })
            .ToListAsync(cancellationToken);
        return groups.Select(g => new VillageCoverage
        {
            RegionCode = g.RegionCode, Segment = g.Segment, InOffice = g.InOffice, Covered = g.Covered, Pending = g.Pending, Listed = g.Listed,
            HeadInOffice = g.HeadInOffice, HeadCovered = g.HeadCovered,
            ExpiresAt = FirstOf(g.NextTermStart, g.NextTermEnd?.AddDays(1), g.NextCoveredFrom) is { } day ? zone.StartOfDayUtc(day) : null,
        }).ToList();
    }

    private static DateOnly? FirstOf(params DateOnly?[] days) => days.Where(d => d.HasValue).Min();
}
