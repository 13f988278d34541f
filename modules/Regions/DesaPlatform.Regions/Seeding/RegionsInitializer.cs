using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Regions.Seeding;

/// <summary>On an empty database, loads Kalimantan Barat's 2,334 regions (Data/regions-kalbar.csv).</summary>
internal sealed class RegionsInitializer(RegionsDbContext db) : ReferenceDataInitializer<RegionsDbContext, Region>(db)
{
    protected override IEnumerable<Region> ReferenceData()
    {
        using var stream = typeof(RegionsInitializer).Assembly.GetManifestResourceStream("regions-kalbar.csv")!;
        using var reader = new StreamReader(stream);
        return RegionCsv.Read(reader).ToList();
    }
}
