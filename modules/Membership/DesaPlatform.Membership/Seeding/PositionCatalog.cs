using DesaPlatform.Membership.Domain;

namespace DesaPlatform.Membership.Seeding;

/// <summary>The starting catalog (Permendagri 84/2015 for the village government); wage bases are PP 11/2019 minimums.</summary>
internal static class PositionCatalog
{
    private const decimal KepalaDesa = 2_426_640m;
    private const decimal SekretarisDesa = 2_224_420m;
    private const decimal Perangkat = 2_022_200m;

    public static IEnumerable<Position> All()
    {
        var order = 0;
        Position Make(string code, string name, Segment segment, int? max, decimal wage = 0) =>
            new() { Code = code, Name = name, Segment = segment, MaxPerVillage = max, DefaultWageBase = wage, SortOrder = ++order };

        return
        [
            Make("kepala_desa", "Kepala Desa", Segment.AparaturDesa, 1, KepalaDesa),
            Make("sekretaris_desa", "Sekretaris Desa", Segment.AparaturDesa, 1, SekretarisDesa),
            Make("kaur_tu_umum", "Kaur Tata Usaha dan Umum", Segment.AparaturDesa, 1, Perangkat),
            Make("kaur_keuangan", "Kaur Keuangan", Segment.AparaturDesa, 1, Perangkat),
            Make("kaur_perencanaan", "Kaur Perencanaan", Segment.AparaturDesa, 1, Perangkat),
            Make("kasi_pemerintahan", "Kasi Pemerintahan", Segment.AparaturDesa, 1, Perangkat),
            Make("kasi_kesejahteraan", "Kasi Kesejahteraan", Segment.AparaturDesa, 1, Perangkat),
            Make("kasi_pelayanan", "Kasi Pelayanan", Segment.AparaturDesa, 1, Perangkat),
            Make("kepala_dusun", "Kepala Dusun", Segment.AparaturDesa, null, Perangkat),
            Make("bpd_ketua", "Ketua BPD", Segment.Bpd, 1, Perangkat),
            Make("bpd_wakil_ketua", "Wakil Ketua BPD", Segment.Bpd, 1, Perangkat),
            Make("bpd_sekretaris", "Sekretaris BPD", Segment.Bpd, 1, Perangkat),
            Make("bpd_anggota", "Anggota BPD", Segment.Bpd, 6, Perangkat),
            Make("ketua_rt", "Ketua RT", Segment.EkosistemDesa, null),
            Make("ketua_rw", "Ketua RW", Segment.EkosistemDesa, null),
            Make("linmas", "Linmas", Segment.EkosistemDesa, null),
            Make("kader_posyandu", "Kader Posyandu", Segment.EkosistemDesa, null),
            Make("pkk", "PKK", Segment.EkosistemDesa, null),
            Make("lpm", "LPM", Segment.EkosistemDesa, null),
            Make("karang_taruna", "Karang Taruna", Segment.EkosistemDesa, null),
            Make("bumdes", "BUMDes", Segment.EkosistemDesa, null),
            Make("marbot", "Marbot", Segment.EkosistemDesa, null),
            Make("ekosistem_lainnya", "Lainnya (ekosistem desa)", Segment.EkosistemDesa, null),
        ];
    }
}
