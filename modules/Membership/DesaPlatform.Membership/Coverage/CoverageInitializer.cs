using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

/// <summary>A database whose rosters predate the kept coverage gets it counted once, at the first start that has the table.</summary>
internal sealed class CoverageInitializer(MembershipDbContext db, CoverageKeeper keeper) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (await db.VillageCoverage.AnyAsync(cancellationToken)) return;
        if (!await db.People.AnyAsync(p => p.Status == RosterStatus.Official || p.Status == RosterStatus.Pending, cancellationToken)) return;
        await keeper.RebuildAsync(cancellationToken);
    }
}
