using DesaPlatform.Targets.Contracts;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Findings;

/// <summary>One grouped count for a page of desa.</summary>
internal sealed class OpenFindingCounts(TargetsDbContext db) : IOpenFindings
{
    public async Task<IReadOnlyDictionary<string, int>> CountByVillageAsync(IReadOnlyCollection<string> villageCodes, CancellationToken cancellationToken) =>
        await db.MonevFindings.AsNoTracking()
            .Where(f => villageCodes.Contains(f.RegionCode))
            .Where(OpenFindings.Among(db.FollowUpActions))
            .GroupBy(f => f.RegionCode)
            .Select(g => new { Village = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Village, g => g.Count, cancellationToken);
}
