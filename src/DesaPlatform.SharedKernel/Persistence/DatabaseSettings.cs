using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>
/// Which database every module uses. <c>ConnectionStrings:Desa</c> names it; a PostgreSQL connection string
/// (<c>Host=...</c>) selects PostgreSQL, anything else is an embedded SQLite file (default <c>./data/desa.db</c>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=./data/desa.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Desa");
        if (string.IsNullOrWhiteSpace(connectionString)) return new(DatabaseProvider.Sqlite, DefaultSqlite);
        var looksLikePostgres = connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("Server=", StringComparison.OrdinalIgnoreCase);
        return new(looksLikePostgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite, connectionString);
    }

    public bool IsEmbedded => Provider == DatabaseProvider.Sqlite;

    /// <summary>Points a module's context at the database, its own schema and its provider's migrations.</summary>
    public void Configure(DbContextOptionsBuilder options, string schema)
    {
        options.AddInterceptors(TextLimits.Instance);
        switch (Provider)
        {
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(ConnectionString, npgsql => npgsql
                    .MigrationsAssembly("DesaPlatform.Migrations.PostgreSql")
                    .MigrationsHistoryTable("__EFMigrationsHistory", schema));
                break;
            default:
                // SQLite has no schemas: each module keeps its own history table instead.
                options.UseSqlite(ConnectionString, sqlite => sqlite
                    .MigrationsAssembly("DesaPlatform.Migrations.Sqlite")
                    .MigrationsHistoryTable($"__EFMigrationsHistory_{schema}"))
                    .ConfigureWarnings(warnings => warnings.Ignore(SqliteEventId.SchemaConfiguredWarning));
                break;
        }
    }
}
