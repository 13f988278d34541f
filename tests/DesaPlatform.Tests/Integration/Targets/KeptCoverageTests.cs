using System.Text.Json;
using DesaPlatform.Host.Commands;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Targets;

/// <summary>
/// Today's coverage is read from figures kept per village and segment, and summed per district: recounted in the
/// transaction of every roster change, counted afresh when the calendar moves a term's start or end, rebuilt whole on
/// command — and always equal to a fresh count of the roster.
/// </summary>
public sealed class KeptCoverageTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Coverage = """
        query { coverage(regionCode: "61", year: 2026) { pendingChanges total { peopleInOffice peopleCovered villagesWithCoverage } } }
        """;

    private const string Reopen = """
        mutation($id: ID!) { reopenSubmission(input: { submissionId: $id, reason: "Salah NIK" }) { errors { code } } }
        """;

    private const string UpdatePerson = """
        mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { errors { code field } } }
        """;

    private const string Totals = """
        query($village: String!) {
          kept: people { totalCount }
          counted: people(where: { fullName: { neq: "" } }) { totalCount }
          village: people(where: { villageCode: { eq: $village } }) { totalCount }
          villageCounted: people(where: { villageCode: { eq: $village }, fullName: { neq: "" } }) { totalCount }
        }
        """;

    // One clock for the class, moved only forward: the tests share a database, and its kept figures were counted on
    // the day they were kept.
    private static readonly SettableClock Clock = new(new DateTime(2026, 3, 1, 3, 0, 0, DateTimeKind.Utc));

    [Fact]
    public async Task Every_step_of_the_workflow_is_in_the_figures_at_once()
    {
        await using var host = Host();
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        var before = await FiguresAsync(province);

        var submissionId = await Roster.AddAndSubmitAsync(village, nik: "6101015708900011");
        Assert.Equal(before with { Pending = before.Pending + 1 }, await FiguresAsync(province));
        await KeptEqualsFreshCountAsync(host);

        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = submissionId })).ErrorCodes("approveSubmission"));
        var approved = await FiguresAsync(province);
        Assert.Equal(before with { InOffice = before.InOffice + 1, Covered = before.Covered + 1, Villages = before.Villages + 1 }, approved);
        await KeptEqualsFreshCountAsync(host);

        Assert.Empty((await regency.SendAsync(Reopen, new { id = submissionId })).ErrorCodes("reopenSubmission"));
        Assert.Equal(before, await FiguresAsync(province));
        await KeptEqualsFreshCountAsync(host);
    }

    [Fact]
    public async Task A_term_that_ends_or_begins_by_the_calendar_moves_the_figures_that_day()
    {
        await using var host = Host();
        var village = await host.SignInWithAsync("op.lubukdagang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        var before = await FiguresAsync(province);

        Assert.Empty((await village.SendAsync(Roster.AddPerson,
            Roster.Person(Roster.LubukDagang, "6101015708900012", termStart: "2024-01-01", termEnd: "2026-03-10"))).ErrorCodes("addPerson"));
        Assert.Empty((await village.SendAsync(Roster.AddPerson,
            Roster.Person(Roster.LubukDagang, "6101015708900013", position: "bpd_anggota", termStart: "2026-03-11",
                enrollment: new { kpj = "12345678902", programs = new[] { "JKK", "JKM" }, startDate = "2026-04-01" }))).ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(Roster.Submit, new { village = Roster.LubukDagang });
        var submissionId = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = submissionId })).ErrorCodes("approveSubmission"));
        Assert.Equal(before with { InOffice = before.InOffice + 1, Covered = before.Covered + 1, Villages = before.Villages + 1 },
            await FiguresAsync(province));

        // 17:00 UTC on the 10th is midnight in West Kalimantan: the covered member's term has ended, the other's begun
        // (covered only from April), and nothing was approved.
        Clock.UtcNow = new DateTime(2026, 3, 10, 17, 0, 0, DateTimeKind.Utc);
        var nextDay = await FiguresAsync(province);
        Assert.Equal(before with { InOffice = before.InOffice + 1 }, nextDay);
        Assert.Equal(1, await ExpiredVillagesAsync(host));

        using (var scope = SystemScope(host))
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CoverageKeeper>().RecountExpiredAsync(CancellationToken.None));
        Assert.Equal(0, await ExpiredVillagesAsync(host));
        Assert.Equal(nextDay, await FiguresAsync(province));
        await KeptEqualsFreshCountAsync(host);
    }

    [Fact]
    public async Task The_rebuild_command_counts_every_village_again()
    {
        await using var host = Host();
        var village = await host.SignInWithAsync("op.sengkubang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.mempawah", DesaApp.Password);
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        var submissionId = await Roster.AddAndSubmitAsync(village, Roster.Sengkubang, "6102015708900014");
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = submissionId })).ErrorCodes("approveSubmission"));
        var kept = await FiguresAsync(province);

        using (var scope = SystemScope(host))
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            await db.VillageCoverage.ExecuteDeleteAsync();
            await db.DistrictCoverage.ExecuteDeleteAsync();
            await db.DistrictSummaries.ExecuteDeleteAsync();
        }
        Assert.Equal(new Figures(0, 0, 0, 0), await FiguresAsync(province));

        using (var scope = SystemScope(host))
            Assert.True(await scope.ServiceProvider.GetRequiredService<ICoverageRebuild>().RebuildAsync(CancellationToken.None) >= 1);
        Assert.Equal(kept, await FiguresAsync(province));
        await KeptEqualsFreshCountAsync(host);
    }

    [Fact]
    public async Task A_province_reads_its_districts_sums_and_a_district_its_villages()
    {
        await using var host = Host();
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        var submissionId = await Roster.AddAndSubmitAsync(village, nik: "6101015708900015");
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = submissionId })).ErrorCodes("approveSubmission"));
        var (before, district) = (await FiguresAsync(province), await InOfficeAsync(regency, "61.01.01"));

        using (var scope = SystemScope(host))
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().DistrictCoverage
                .Where(r => r.RegionCode == "61.01.01" && r.Segment == Segment.AparaturDesa)
                .ExecuteUpdateAsync(r => r.SetProperty(d => d.InOffice, d => d.InOffice + 100)));
        Assert.Equal(before with { InOffice = before.InOffice + 100 }, await FiguresAsync(province));
        Assert.Equal(district, await InOfficeAsync(regency, "61.01.01"));

        using (var scope = SystemScope(host))
            await scope.ServiceProvider.GetRequiredService<ICoverageRebuild>().RebuildAsync(CancellationToken.None);
        Assert.Equal(before, await FiguresAsync(province));
        await KeptEqualsFreshCountAsync(host);
    }

    [Fact]
    public async Task The_people_list_total_is_kept_with_the_figures()
    {
        await using var host = Host();
        var village = await host.SignInWithAsync("op.sengkubang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.mempawah", DesaApp.Password);
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        const string nik = "6102015708900021";

        var submissionId = await Roster.AddAndSubmitAsync(village, Roster.Sengkubang, nik);
        await KeptTotalsAreExactAsync(province, village);
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = submissionId })).ErrorCodes("approveSubmission"));
        await KeptTotalsAreExactAsync(province, village);

        var official = await Roster.CurrentAsync(village, nik);
        var change = await village.SendAsync(UpdatePerson, new
        {
            input = new
            {
                personId = official.GetProperty("id").GetString(), fullName = "Siti Aminah Putri", nik, positionCode = "kepala_dusun",
                termStart = "2024-01-01", enrollment = new { kpj = "12345678901", programs = new[] { "JKK", "JKM" }, startDate = "2024-02-01" },
            },
        });
        Assert.Empty(change.ErrorCodes("updatePerson"));
        Assert.Empty((await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.Sengkubang, "6102015708900022"))).ErrorCodes("addPerson"));
        await KeptTotalsAreExactAsync(province, village);

        // Approved, so that no draft is left for the other tests of the class: they share the database.
        var second = await village.SendAsync(Roster.Submit, new { village = Roster.Sengkubang });
        var secondId = second.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = secondId })).ErrorCodes("approveSubmission"));
        await KeptTotalsAreExactAsync(province, village);
    }

    [Fact]
    public void The_command_line_asks_for_the_rebuild_by_name()
    {
        Assert.Equal(new HostCommand("rebuild", "coverage", "", false, null), HostCommand.Parse(["rebuild", "coverage"]));
        Assert.Equal("", HostCommand.Parse(["rebuild"])!.Verb);
        Assert.Equal("", HostCommand.Parse(["rebuild", "coverage", "61"])!.Verb);
    }

    // The unfiltered (or village-only) total is summed from the kept rows; any other filter, even one that keeps
    // every entry, counts the roster itself.
    private static async Task KeptTotalsAreExactAsync(params GraphQLClient[] readers)
    {
        foreach (var reader in readers)
        {
            var totals = (await reader.SendAsync(Totals, new { village = Roster.Sengkubang })).Data;
            int Total(string name) => totals.GetProperty(name).GetProperty("totalCount").GetInt32();
            Assert.True(Total("kept") > 0);
            Assert.Equal(Total("counted"), Total("kept"));
            Assert.Equal(Total("villageCounted"), Total("village"));
        }
    }

    private WebApplicationFactory<Program> Host() =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock)));

    private static IServiceScope SystemScope(WebApplicationFactory<Program> host)
    {
        var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        return scope;
    }

    private static async Task<int> ExpiredVillagesAsync(WebApplicationFactory<Program> host)
    {
        using var scope = SystemScope(host);
        var rows = scope.ServiceProvider.GetRequiredService<MembershipDbContext>().VillageCoverage;
        return await scope.ServiceProvider.GetRequiredService<CoverageSummary>().ExpiredVillages(rows).CountAsync();
    }

    private static async Task KeptEqualsFreshCountAsync(WebApplicationFactory<Program> host)
    {
        using var scope = SystemScope(host);
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var villages = await db.People.Select(p => p.RegionCode).Distinct().ToListAsync();
        var fresh = await scope.ServiceProvider.GetRequiredService<CoverageSummary>().CountAsync(villages, CancellationToken.None);
        var kept = await db.VillageCoverage.AsNoTracking().ToListAsync();
        Assert.Equal(Describe(fresh), Describe(kept));

        var districts = kept.GroupBy(r => (District: r.RegionCode[..KeptDistricts.CodeLength], r.Segment))
            .Select(g => $"{g.Key.District} {g.Key.Segment} {g.Sum(r => r.InOffice)} {g.Sum(r => r.Covered)} {g.Sum(r => r.HeadInOffice)} {g.Sum(r => r.HeadCovered)}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(districts, (await db.DistrictCoverage.AsNoTracking().ToListAsync())
            .Select(r => $"{r.RegionCode} {r.Segment} {r.InOffice} {r.Covered} {r.HeadInOffice} {r.HeadCovered}").Order(StringComparer.Ordinal));
        var summaries = kept.GroupBy(r => r.RegionCode[..KeptDistricts.CodeLength])
            .Select(g => $"{g.Key} {g.Sum(r => r.Pending)} {g.Min(r => r.ExpiresAt):O}").Order(StringComparer.Ordinal);
        Assert.Equal(summaries, (await db.DistrictSummaries.AsNoTracking().ToListAsync())
            .Select(r => $"{r.RegionCode} {r.Pending} {r.ExpiresAt:O}").Order(StringComparer.Ordinal));
    }

    private static List<string> Describe(IEnumerable<VillageCoverage> rows) =>
        rows.Select(r => $"{r.RegionCode} {r.Segment} {r.InOffice} {r.Covered} {r.Pending} {r.Listed} {r.ExpiresAt:O}").Order(StringComparer.Ordinal).ToList();

    private static async Task<Figures> FiguresAsync(GraphQLClient client)
    {
        var response = await client.SendAsync(Coverage);
        Assert.False(response.HasErrors, response.Body.ToString());
        var coverage = response.Data.GetProperty("coverage");
        var total = coverage.GetProperty("total");
        return new Figures(Int(total, "peopleInOffice"), Int(total, "peopleCovered"), Int(total, "villagesWithCoverage"), Int(coverage, "pendingChanges"));
    }

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();

    private static async Task<int> InOfficeAsync(GraphQLClient client, string regionCode)
    {
        var response = await client.SendAsync("query($code: String!) { coverage(regionCode: $code, year: 2026) { total { peopleInOffice } } }",
            new { code = regionCode });
        Assert.False(response.HasErrors, response.Body.ToString());
        return Int(response.Data.GetProperty("coverage").GetProperty("total"), "peopleInOffice");
    }

    private sealed record Figures(int InOffice, int Covered, int Villages, int Pending);
}
