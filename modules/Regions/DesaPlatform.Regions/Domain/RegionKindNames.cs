namespace DesaPlatform.Regions.Domain;

/// <summary>The kind column's words in the Kemendagri-derived files (note "desa adat" with a space).</summary>
internal static class RegionKindNames
{
    private static readonly Dictionary<RegionKind, string> Names = new()
    {
        [RegionKind.Kabupaten] = "kabupaten",
        [RegionKind.Kota] = "kota",
        [RegionKind.Desa] = "desa",
        [RegionKind.Kelurahan] = "kelurahan",
        [RegionKind.DesaAdat] = "desa adat",
    };

    public static string ToText(RegionKind? kind) => kind is { } k ? Names[k] : "";

    public static bool TryParse(string text, out RegionKind? kind)
    {
        kind = null;
        if (text.Length == 0) return true;
        foreach (var (value, name) in Names)
        {
            if (name != text) continue;
            kind = value;
            return true;
        }
        return false;
    }

    /// <summary>What the code says the kind must be: regency 01–69 kabupaten, 71–99 kota; village 1xxx kelurahan, 2xxx desa, 3xxx desa adat.</summary>
    public static RegionKind? Expected(string code, RegionLevel level) => level switch
    {
        RegionLevel.Regency => int.Parse(code.AsSpan(3, 2)) < 70 ? RegionKind.Kabupaten : RegionKind.Kota,
        RegionLevel.Village => code[^4] switch { '1' => RegionKind.Kelurahan, '2' => RegionKind.Desa, '3' => RegionKind.DesaAdat, _ => null },
        _ => null,
    };
}
