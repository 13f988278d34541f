using System.Globalization;

namespace DesaPlatform.SharedKernel.Regions;

/// <summary>
/// Indonesia's three time zones, decided by province (the first two digits of a region code): WIB (UTC+7) in Sumatra,
/// Java and West and Central Kalimantan; WITA (UTC+8) in Bali, Nusa Tenggara, South, East and North Kalimantan and
/// Sulawesi; WIT (UTC+9) in Maluku and Papua. None keeps daylight saving time, so a fixed offset is exact. The one
/// place for a region's "today" (<see cref="Modules.IClock.TodayIn"/>) and for the zone the portal shows times in.
/// </summary>
public sealed record RegionTime(string Abbreviation, string IanaZone, TimeSpan Offset)
{
    public static readonly RegionTime Wib = new("WIB", "Asia/Jakarta", TimeSpan.FromHours(7));
    public static readonly RegionTime Wita = new("WITA", "Asia/Makassar", TimeSpan.FromHours(8));
    public static readonly RegionTime Wit = new("WIT", "Asia/Jayapura", TimeSpan.FromHours(9));

    private static readonly HashSet<string> WitaProvinces = ["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"];
    private static readonly HashSet<string> WitProvinces = ["81", "82", "91", "92", "93", "94", "95", "96", "97"];

    /// <summary>The zone of the region's province; the country as a whole (an empty code) keeps Jakarta's, WIB.</summary>
    public static RegionTime Of(string? regionCode)
    {
        var province = regionCode is { Length: >= 2 } ? regionCode[..2] : "";
        return WitProvinces.Contains(province) ? Wit : WitaProvinces.Contains(province) ? Wita : Wib;
    }

    public DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    /// <summary>An instant as people there read it in a spreadsheet: <c>31/12/2026 23:30 WIB</c>.</summary>
    public string Format(DateTime utc) =>
        (utc + Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) + " " + Abbreviation;

    /// <summary>The instant (UTC) the local <paramref name="day"/> begins.</summary>
    public DateTime StartOfDayUtc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Offset;
}
