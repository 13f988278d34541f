namespace DesaPlatform.Regions.Domain;

/// <summary>The level column's words: province, regency, district, village — one per code depth.</summary>
internal static class RegionLevelNames
{
    private static readonly RegionLevel[] ByDepth = [RegionLevel.Province, RegionLevel.Regency, RegionLevel.District, RegionLevel.Village];

    public static string ToText(RegionLevel level) => level.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out RegionLevel level)
    {
        level = ByDepth.FirstOrDefault(l => ToText(l) == text);
        return ToText(level) == text;
    }

    public static RegionLevel ForDepth(int depth) => ByDepth[depth - 1];
}
