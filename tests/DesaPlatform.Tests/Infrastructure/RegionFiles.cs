namespace DesaPlatform.Tests.Infrastructure;

/// <summary>The region files the product ships (modules/Regions/.../Data), found from the test's folder.</summary>
public static class RegionFiles
{
    public static string Kalbar => Path.Combine(DataFolder, "regions-kalbar.csv");
    public static string Indonesia => Path.Combine(DataFolder, "regions-indonesia.csv");

    private static string DataFolder => Repository.PathOf("modules", "Regions", "DesaPlatform.Regions", "Data");
}
