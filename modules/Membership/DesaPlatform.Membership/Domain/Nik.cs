using System.Globalization;

namespace DesaPlatform.Membership.Domain;

/// <summary>
/// NIK: 16 digits = kecamatan code (6) + birth date DDMMYY (day + 40 for women) + serial (4).
/// Whether the kecamatan exists is checked against the region tree by the caller.
/// </summary>
internal static class Nik
{
    public static string? Problem(string nik, DateOnly today)
    {
        if (nik.Length != 16 || !nik.All(char.IsAsciiDigit)) return "NIK harus 16 digit angka.";
        if (BirthDate(nik, today) is null) return "Tanggal lahir dalam NIK (digit 7–12) bukan tanggal yang ada.";
        return null;
    }

    public static string DistrictCode(string nik) => $"{nik[..2]}.{nik[2..4]}.{nik[4..6]}";

    public static Sex SexOf(string nik) => int.Parse(nik.AsSpan(6, 2), CultureInfo.InvariantCulture) > 40 ? Sex.Female : Sex.Male;

    public static DateOnly? BirthDate(string nik, DateOnly today)
    {
        var day = int.Parse(nik.AsSpan(6, 2), CultureInfo.InvariantCulture);
        if (day > 40) day -= 40;
        var month = int.Parse(nik.AsSpan(8, 2), CultureInfo.InvariantCulture);
        var yy = int.Parse(nik.AsSpan(10, 2), CultureInfo.InvariantCulture);
        var year = 2000 + yy > today.Year ? 1900 + yy : 2000 + yy;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }
}
