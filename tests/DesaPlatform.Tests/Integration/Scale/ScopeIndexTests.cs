using System.Text.RegularExpressions;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Scale;

/// <summary>
/// A read scoped to one province is served from the region-code index, on PostgreSQL under any collation and on SQLite:
/// the scope is a range on a byte-ordered column, not a LIKE (which PostgreSQL can only scan under a non-C collation).
/// </summary>
public sealed partial class ScopeIndexTests(DesaApp app) : IClassFixture<DesaApp>
{
    [Fact]
    public async Task The_module_filter_of_a_province_user_reads_people_through_the_index()
    {
        using var scope = app.Services.CreateScope();
        ((CurrentUser)scope.ServiceProvider.GetRequiredService<ICurrentUser>()).SignIn("admin.kalbar", UserRole.ProvinceAdmin, "61");
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        await AssertIndexUsedAsync(db, db.People.Select(p => p.Id).ToQueryString());
    }

    [Fact]
    public async Task The_scope_predicate_of_other_reads_uses_the_index_too()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var query = db.People.IgnoreQueryFilters().Where(RegionScope.Under("61.01").Predicate<Person>(p => p.RegionCode)).Select(p => p.Id);
        await AssertIndexUsedAsync(db, query.ToQueryString());
    }

    [Fact]
    public async Task A_page_of_the_roster_is_read_in_the_index_order_without_sorting()
    {
        using var scope = app.Services.CreateScope();
        ((CurrentUser)scope.ServiceProvider.GetRequiredService<ICurrentUser>()).SignIn("dpmd.sambas", UserRole.RegencyStaff, "61.01");
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var page = CurrentRoster.Of(db.People).OrderBy(p => p.RegionCode).ThenBy(p => p.Id).Take(51).Select(p => p.Id);
        var plan = await PlanAsync(db, Inline(page.ToQueryString()));
        // The page's own rows (the plan's first scan; what follows checks each for a pending change) come in the index's
        // order: not the whole table by id, and no sort.
        var firstScan = plan.Split('\n').First(line => ScanLine().IsMatch(line));
        Assert.Contains("IX_people_RegionCode_Id", firstScan);
        Assert.DoesNotMatch(@"(?i)\bsort\b|TEMP B-TREE FOR ORDER BY", plan);
    }

    private static async Task AssertIndexUsedAsync(MembershipDbContext db, string sql)
    {
        var plan = await PlanAsync(db, Inline(sql));
        Assert.DoesNotMatch("(?i)seq scan|\\bSCAN p\\b|SCAN people", plan);
        Assert.Matches("(?i)index", plan);
    }

    /// <summary>The query's plan; on PostgreSQL with sequential scans priced out, so that only an unusable index shows one.</summary>
    private static async Task<string> PlanAsync(MembershipDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            if (TestDatabase.UsesPostgres)
            {
                command.CommandText = "SET enable_seqscan = off";
                await command.ExecuteNonQueryAsync();
            }
            command.CommandText = (TestDatabase.UsesPostgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql;
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync()) lines.Add(reader.GetValue(reader.FieldCount - 1).ToString()!);
            return string.Join("\n", lines);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>ToQueryString's SQL with its declared parameters (<c>-- @p='61.'</c> or <c>.param set @p '61.'</c>) written in place.</summary>
    private static string Inline(string sql)
    {
        var values = Declaration().Matches(sql).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        var body = string.Join("\n", sql.Split('\n').Where(l => !l.StartsWith("--") && !l.StartsWith(".param")));
        return Parameter().Replace(body, m => values.TryGetValue(m.Groups["name"].Value, out var v) ? $"'{v}'" : m.Value);
    }

    [GeneratedRegex(@"^(?:-- |\.param set )(?<name>[@:$]?\w+)(?:=| )'(?<value>[^']*)'", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"(?i)\bscan\b|\bsearch\b")]
    private static partial Regex ScanLine();

    [GeneratedRegex(@"(?<name>@\w+)")]
    private static partial Regex Parameter();
}
