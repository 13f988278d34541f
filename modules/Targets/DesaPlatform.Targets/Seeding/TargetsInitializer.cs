using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Seeding;

/// <summary>Kalimantan Barat's UCJ targets (DOMAIN.md): 59.56 % for 2025, 60.80 % for 2026, 65.77 % for 2030.</summary>
internal sealed class TargetsInitializer(TargetsDbContext db) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (await db.Targets.AnyAsync(cancellationToken)) return;
        db.Targets.AddRange(
            new Target { Indicator = Target.Ucj, RegionCode = "61", Year = 2025, Percent = 59.56m },
            new Target { Indicator = Target.Ucj, RegionCode = "61", Year = 2026, Percent = 60.80m },
            new Target { Indicator = Target.Ucj, RegionCode = "61", Year = 2030, Percent = 65.77m });
        await db.SaveChangesAsync(cancellationToken);
    }
}
