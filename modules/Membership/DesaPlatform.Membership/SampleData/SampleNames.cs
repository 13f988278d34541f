namespace DesaPlatform.Membership.SampleData;

/// <summary>
/// Made-up names in the mix of Kalimantan Barat (Melayu, Dayak, Tionghoa, Jawa, Bugis), each marked
/// <see cref="Marker"/> so that no one takes a sample entry for a real person, on any page, export or report.
/// </summary>
internal static class SampleNames
{
    public const string Marker = "[Contoh]";

    private static readonly string[] Men =
    [
        "Muhammad", "Abdul", "Syarif", "Usman", "Hamdan", "Rusli", "Jumadi", "Syahrul", "Herman", "Sudirman", "Ismail",
        "Yohanes", "Antonius", "Paulus", "Markus", "Agustinus", "Stefanus", "Yakobus", "Fransiskus", "Petrus", "Benediktus",
        "Hendra", "Sutrisno", "Budi", "Slamet", "Agus", "Darmawan", "Rudi", "Andi", "Baharuddin", "Iskandar", "Zulkifli",
    ];

    private static readonly string[] Women =
    [
        "Siti", "Nurhayati", "Rahmawati", "Fatimah", "Aminah", "Juliana", "Maria", "Magdalena", "Veronika", "Yuliana",
        "Theresia", "Lestari", "Sri", "Dewi", "Rina", "Wati", "Halimah", "Rosita", "Nurul", "Hasanah", "Kartini", "Mariana",
    ];

    private static readonly string[] FamilyNames =
    [
        "Hidayat", "Saputra", "Rahman", "Syahputra", "Hasan", "Abdullah", "Alkadrie", "Ramli", "Effendi", "Kurniawan",
        "Aping", "Djampi", "Ngau", "Lawing", "Sanggau", "Jalung", "Lejiu", "Inyong", "Ucup", "Kadir",
        "Wijaya", "Gunawan", "Tanjaya", "Lim", "Susanto", "Santoso", "Wibowo", "Setiawan", "Pratama", "Nugroho",
        "Daeng", "Pawellangi", "Mappa", "Siregar", "Nasution", "Purba", "Suryadi", "Mulyadi", "Arifin", "Hamid",
    ];

    public static string Pick(Random random, bool woman) =>
        $"{Marker} {(woman ? Women : Men)[random.Next(woman ? Women.Length : Men.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";
}
