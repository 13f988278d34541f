using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Seeding;

internal sealed class MembershipInitializer(MembershipDbContext db) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (await db.Positions.AnyAsync(cancellationToken)) return;
        db.Positions.AddRange(PositionCatalog.All());
        await db.SaveChangesAsync(cancellationToken);
    }
}
