using DesaPlatform.Audit.Persistence;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DesaPlatform.Tests.Integration.Hardening;

/// <summary>
/// A database that drops every connection (as PostgreSQL does when it restarts) loses no request that could succeed:
/// the retrying execution strategy opens a new connection and runs the statement, the save or the use case again.
/// </summary>
public sealed class DatabaseRetryTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task Reads_and_writes_after_every_connection_was_dropped_succeed()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        Assert.False((await village.SendAsync("{ people { totalCount } }")).HasErrors);

        var dropped = await DropEveryConnectionAsync();

        var read = await village.SendAsync("{ people { totalCount } }");
        Assert.False(read.HasErrors, read.Body.ToString());
        var write = await village.SendAsync(Roster.AddPerson, Roster.Person(nik: "6101011708900091", position: "ketua_rt"));
        Assert.Empty(write.ErrorCodes("addPerson"));
        Assert.False(write.HasErrors, write.Body.ToString());
        // On SQLite nothing is dropped (an embedded file has no connections to lose): the requests above simply work.
        Assert.Equal(TestDatabase.UsesPostgres, dropped > 0);
    }

    private async Task<int> DropEveryConnectionAsync()
    {
        if (!TestDatabase.UsesPostgres) return 0;
        using var scope = app.Services.CreateScope();
        var appConnection = scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.GetConnectionString()!;
        // Outside the host's pool, so that every pooled connection of the host is one that is dropped.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(appConnection) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
            connection);
        return (int)(await terminate.ExecuteScalarAsync())!;
    }
}
