namespace DesaPlatform.Tests.Infrastructure;

/// <summary>The region files the product ships (modules/Regions/.../Data), found from the test's folder.</summary>
public static class RegionFiles
{
    public static string Kalbar => Path.Combine(DataFolder, "regions-kalbar.csv");
    public static string Indonesia => Path.Combine(DataFolder, "regions-indonesia.csv");

    private static string DataFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DesaPlatform.sln"))) folder = folder.Parent;
            return Path.Combine(folder!.FullName, "modules", "Regions", "DesaPlatform.Regions", "Data");
        }
    }
}
