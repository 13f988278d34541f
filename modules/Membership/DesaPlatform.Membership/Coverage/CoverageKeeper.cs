using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// Recounts kept coverage where no roster change did: the villages whose rows the calendar expired, and on command
/// every village. Each batch holds its villages' <see cref="RosterLock"/>, so a change approved meanwhile is never
/// overwritten by an older count.
/// </summary>
internal sealed class CoverageKeeper(MembershipDbContext db, RosterLock rosterLock, CoverageSummary summary) : ICoverageRebuild
{
    private const int VillagesPerTransaction = 500;

    public async Task<int> RecountExpiredAsync(CancellationToken cancellationToken)
    {
        var villages = await summary.ExpiredVillages(db.VillageCoverage).ToListAsync(cancellationToken);
        await RecountAsync(villages, cancellationToken);
        return villages.Count;
    }

    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var villages = await db.People.Where(p => p.Status != RosterStatus.Superseded)
            .Select(p => p.RegionCode)
            .Union(db.VillageCoverage.Select(r => r.RegionCode))
            .ToListAsync(cancellationToken);
        await RecountAsync(villages, cancellationToken);
        return villages.Count;
    }

    private async Task RecountAsync(List<string> villages, CancellationToken cancellationToken)
    {
        foreach (var batch in villages.Chunk(VillagesPerTransaction))
            await rosterLock.HoldingAsync(batch, ct => summary.RecountAsync(batch, ct), cancellationToken);
    }
}
