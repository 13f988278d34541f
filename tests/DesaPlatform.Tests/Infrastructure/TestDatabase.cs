using Npgsql;

namespace DesaPlatform.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test class, on the provider the run asks for: <c>DESA_TEST_DATABASE=postgres</c>
/// with the server in <c>DESA_TEST_PG</c> (tests/run.sh starts one), else an embedded SQLite file.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;
    private readonly string? _sqliteFile;

    private TestDatabase(string connectionString, string? postgresName, string? sqliteFile)
    {
        ConnectionString = connectionString;
        _postgresName = postgresName;
        _sqliteFile = sqliteFile;
    }

    public string ConnectionString { get; }

    public static bool UsesPostgres => Environment.GetEnvironmentVariable("DESA_TEST_DATABASE") == "postgres";

    public static async Task<TestDatabase> CreateAsync()
    {
        if (!UsesPostgres)
        {
            var file = Path.Combine(Path.GetTempPath(), $"desa-test-{Guid.NewGuid():N}.db");
            return new TestDatabase($"Data Source={file}", null, file);
        }
        var server = Environment.GetEnvironmentVariable("DESA_TEST_PG")
                     ?? throw new InvalidOperationException("DESA_TEST_PG must name the PostgreSQL server (tests/run.sh sets it).");
        var name = $"desa_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new TestDatabase(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" }) File.Delete(file);
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("DESA_TEST_PG"));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
