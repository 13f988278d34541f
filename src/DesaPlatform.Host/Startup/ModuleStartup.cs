using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.Data.Sqlite;

namespace DesaPlatform.Host.Startup;

internal static class ModuleStartup
{
    /// <summary>Migrates every module's schema and loads reference and demo data, as the system user.</summary>
    public static async Task InitializeModulesAsync(this WebApplication app)
    {
        EnsureSqliteFolder(app.Services.GetRequiredService<DatabaseSettings>());
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>())
        {
            await initializer.InitializeAsync(app.Lifetime.ApplicationStopping);
        }
    }

    public static void PrintWelcome(this WebApplication app)
    {
        var urls = app.Configuration["urls"] ?? app.Configuration["Urls"] ?? "http://localhost:5080";
        var database = app.Services.GetRequiredService<DatabaseSettings>();
        Console.WriteLine($"DesaPlatform: portal {urls}/  API {urls}/graphql  database {database.Provider}");
    }

    private static void EnsureSqliteFolder(DatabaseSettings database)
    {
        if (!database.IsEmbedded) return;
        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
