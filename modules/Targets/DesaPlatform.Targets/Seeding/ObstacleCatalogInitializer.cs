using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;

namespace DesaPlatform.Targets.Seeding;

/// <summary>The obstacles every monev meeting names (issue 11); provinces add their own beside them.</summary>
internal sealed class ObstacleCatalogInitializer(TargetsDbContext db) : ReferenceDataInitializer<TargetsDbContext, Obstacle>(db)
{
    protected override IEnumerable<Obstacle> ReferenceData() =>
    [
        BuiltIn(1, "apbdes_budget", "Anggaran belum dialokasikan dalam APBDes", "Budget not allocated in the APBDes"),
        BuiltIn(2, "no_perkades", "Belum ada Perkades", "No Perkades (village head regulation) yet"),
        BuiltIn(3, "data_incomplete", "Data belum lengkap", "Data incomplete"),
        BuiltIn(4, "operator_capacity", "Kapasitas operator", "Operator capacity"),
        BuiltIn(5, "network", "Jaringan internet", "Network"),
        BuiltIn(6, "awaiting_regulation", "Menunggu regulasi", "Awaiting regulation"),
        BuiltIn(99, "other", "Lainnya", "Other"),
    ];

    private static Obstacle BuiltIn(int order, string code, string nameId, string nameEn) =>
        new() { Code = code, RegionCode = RegionCode.Country, NameId = nameId, NameEn = nameEn, Order = order };
}
