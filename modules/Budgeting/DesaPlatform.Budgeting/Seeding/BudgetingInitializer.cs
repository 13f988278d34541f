using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Seeding;

internal sealed class BudgetingInitializer(BudgetingDbContext db) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (await db.PremiumRates.AnyAsync(cancellationToken)) return;
        db.PremiumRates.AddRange(StandardRates.All());
        await db.SaveChangesAsync(cancellationToken);
    }
}
