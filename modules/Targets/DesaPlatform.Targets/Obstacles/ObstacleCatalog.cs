using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Obstacles;

/// <summary>
/// The catalog as a caller sees it: the built-in entries and those of the caller's province — read above the caller's
/// scope on purpose (a regency or desa names its province's obstacles), as reference data, not region data.
/// </summary>
internal static class ObstacleCatalog
{
    public static IQueryable<Obstacle> For(TargetsDbContext db, ICurrentUser user)
    {
        var everything = user.Scope.IsEverything;
        var province = user.Scope.RootCode is { } root ? root[..2] : null;
        return db.Obstacles.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.RegionCode == RegionCode.Country || everything || o.RegionCode == province)
            .OrderBy(o => o.Order).ThenBy(o => o.NameId);
    }
}
