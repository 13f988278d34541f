using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.Seeding;

/// <summary>Migrates the regions schema and, on an empty database, loads Kalimantan Barat's 2,334 regions.</summary>
internal sealed class RegionsInitializer(RegionsDbContext db) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (await db.Regions.AnyAsync(cancellationToken)) return;
        await using var stream = typeof(RegionsInitializer).Assembly.GetManifestResourceStream("regions-kalbar.csv")!;
        using var reader = new StreamReader(stream);
        db.Regions.AddRange(RegionCsv.Read(reader));
        await db.SaveChangesAsync(cancellationToken);
    }
}
