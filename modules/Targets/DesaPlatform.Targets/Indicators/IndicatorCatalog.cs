namespace DesaPlatform.Targets.Indicators;

/// <summary>
/// Every indicator, in the order the portal shows them (DOMAIN.md "Coverage and targets"). Person coverage and village
/// registration answer different questions — of the people in office, how many are protected; of all desa, how many
/// protect anyone — and UCJ a third, over the whole working population: none is ever set against another's target.
/// </summary>
internal static class IndicatorCatalog
{
    public const string DataCompleteness = "DATA_COMPLETENESS";
    public const string Ucj = "UCJ";
    public const string Arrears = "ARREARS";

    private const string ApprovedRosters = "Roster desa yang disetujui kabupaten";
    private const string ApprovedRostersEn = "Village rosters approved by the regency";

    private static readonly (string Code, string NameId, string NameEn)[] Segments =
    [
        ("APARATUR_DESA", "aparatur desa", "village apparatus"),
        ("BPD", "anggota BPD", "BPD members"),
        ("EKOSISTEM_DESA", "ekosistem desa", "village ecosystem"),
        ("KEPALA_DESA", "kepala desa", "village heads"),
    ];

    public static readonly IReadOnlyList<Indicator> All =
    [
        .. Segments.Select(s => new Indicator(PersonCoverageOf(s.Code), IndicatorKind.PersonCoverage, s.Code,
            $"Cakupan kepesertaan {s.NameId}", $"Person coverage, {s.NameEn}",
            $"Jumlah {s.NameId} yang menjabat dan terlindungi (JKK dan JKM aktif) ÷ jumlah {s.NameId} yang menjabat",
            $"{Capital(s.NameEn)} in office and protected (JKK and JKM active) ÷ {s.NameEn} in office",
            ApprovedRosters, ApprovedRostersEn)),
        .. Segments.Select(s => new Indicator(VillageRegistrationOf(s.Code), IndicatorKind.VillageRegistration, s.Code,
            $"Desa terdaftar, {s.NameId}", $"Village registration, {s.NameEn}",
            $"Desa dengan sedikitnya satu {s.NameId} terlindungi ÷ seluruh desa di wilayah (kelurahan tidak dihitung)",
            $"Desa with at least one of its {s.NameEn} protected ÷ all desa of the region (kelurahan not counted)",
            ApprovedRosters, ApprovedRostersEn)),
        new(DataCompleteness, IndicatorKind.DataCompleteness, null, "Kelengkapan data", "Data completeness",
            "Desa dengan roster disetujui yang memuat orang menjabat ÷ seluruh desa di wilayah",
            "Desa with an approved roster of people in office ÷ all desa of the region",
            ApprovedRosters, ApprovedRostersEn),
        new(Ucj, IndicatorKind.Ucj, null, "Universal Coverage Jamsostek (UCJ)", "Universal Coverage Jamsostek (UCJ)",
            "Peserta aktif BPJS Ketenagakerjaan (PU, BPU, jasa konstruksi) ÷ penduduk bekerja (Sakernas BPS)",
            "Active BPJS Ketenagakerjaan participants (wage earners, non-wage earners, construction) ÷ working population (BPS Sakernas)",
            "Masukan dari BPJS Ketenagakerjaan dan BPS per wilayah dan bulan, dicatat admin provinsi: masukan terakhir wilayah itu sendiri (provinsi tidak dijumlah dari kabupaten/kota)",
            "Inputs from BPJS Ketenagakerjaan and BPS per region and month, entered by the province admin: the region's own latest input (a province is not summed from its regencies)"),
        new(Arrears, IndicatorKind.Arrears, null, "Peserta berisiko (tunggakan iuran)", "People at risk (premium arrears)",
            "Peserta yang iurannya tidak dibayar lebih lama dari yang diizinkan BPJS ÷ peserta dengan kepesertaan aktif di desa yang sudah mencatat pembayaran, per bulan terakhir yang sudah ditutup (makin rendah makin baik)",
            "People whose premiums are unpaid for longer than BPJS allows ÷ people with an active enrollment in villages that record payments, as of the last closed month (lower is better)",
            "Roster disetujui kabupaten dan pembayaran iuran yang dicatat atau diimpor dari tagihan/bukti bayar BPJS per desa, dihitung sejak bulan pertama desa itu mencatat pembayaran; iuran terutang menurut kebijakan pendanaan kabupaten",
            "Rosters approved by the regency and the premium payments entered or imported from BPJS invoices/receipts per village, counted from the first month the village recorded a payment; premiums due under the regency's funding policy"),
    ];

    private static readonly Dictionary<string, Indicator> ByCode = All.ToDictionary(i => i.Code);

    public static Indicator? Find(string code) => ByCode.GetValueOrDefault(code);

    public static string PersonCoverageOf(string segment) => "PERSON_COVERAGE_" + segment;

    public static string VillageRegistrationOf(string segment) => "VILLAGE_REGISTRATION_" + segment;

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
