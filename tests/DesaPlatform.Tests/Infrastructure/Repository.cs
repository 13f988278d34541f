namespace DesaPlatform.Tests.Infrastructure;

/// <summary>The repository the tests run from: the folder holding DesaPlatform.sln above the test's own.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DesaPlatform.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("DesaPlatform.sln not found above the test folder.");
    }
}
