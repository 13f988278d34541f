using DesaPlatform.Regions.Contracts;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.Seeding;

/// <summary>Migrates the regions schema and, on an empty tree, imports Kalimantan Barat's 2,334 regions (Data/regions-kalbar.csv).</summary>
internal sealed class RegionsInitializer(RegionsDbContext db, IRegionImporter importer) : IModuleInitializer
{
    public const string SeedFile = "regions-kalbar.csv";

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await FoldNamesOfOlderRowsAsync(cancellationToken);
        if (await db.Regions.AnyAsync(cancellationToken)) return;
        await using var seed = typeof(RegionsInitializer).Assembly.GetManifestResourceStream(SeedFile)!;
        var report = await importer.ImportAsync(seed, SeedFile, dryRun: false, cancellationToken);
        if (report.Refused)
            throw new InvalidOperationException($"The seed file {SeedFile} is refused: {report.Problems[0].MessageEn} (line {report.Problems[0].Line})");
    }

    // Rows stored before names were searchable have no folded name yet: setting the name computes it.
    private async Task FoldNamesOfOlderRowsAsync(CancellationToken cancellationToken)
    {
        var unfolded = await db.Regions.Where(r => r.SearchName == "").ToListAsync(cancellationToken);
        foreach (var region in unfolded) region.Name = region.Name;
        await db.SaveChangesAsync(cancellationToken);
    }
}
