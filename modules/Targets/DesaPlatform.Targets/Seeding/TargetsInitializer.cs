using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Persistence;

namespace DesaPlatform.Targets.Seeding;

/// <summary>Kalimantan Barat's UCJ targets (DOMAIN.md): 59.56 % for 2025, 60.80 % for 2026, 65.77 % for 2030.</summary>
internal sealed class TargetsInitializer(TargetsDbContext db) : ReferenceDataInitializer<TargetsDbContext, Target>(db)
{
    protected override IEnumerable<Target> ReferenceData() =>
    [
        new() { Indicator = IndicatorCatalog.Ucj, RegionCode = "61", Year = 2025, Percent = 59.56m },
        new() { Indicator = IndicatorCatalog.Ucj, RegionCode = "61", Year = 2026, Percent = 60.80m },
        new() { Indicator = IndicatorCatalog.Ucj, RegionCode = "61", Year = 2030, Percent = 65.77m },
    ];
}
