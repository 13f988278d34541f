using System.Security.Cryptography;
using System.Text;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Membership.SampleData;

/// <summary>
/// Demo mode starts (unless <c>Demo:SampleData</c> is false, as in every other test) with a synthetic, labelled roster
/// for every desa of Kalimantan Barat, approved over 2025 and 2026 through the workflow's own steps: the same on every
/// database, written once.
/// </summary>
public sealed class SampleRosterTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Coverage = """
        query($year: Int!) { coverage(regionCode: "61", year: $year) {
          asOfDate pendingChanges
          total { peopleInOffice peopleCovered villages villagesWithCoverage }
          byRegion { regionCode peopleInOffice peopleCovered villagesWithCoverage }
          bySegment { segment peopleInOffice peopleCovered } } }
        """;

    [Fact]
    public async Task Every_desa_has_an_approved_synthetic_roster_whose_coverage_grows_over_2025_and_2026()
    {
        await using var host = WithSampleData(app);
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        var (end2025, now) = (await TotalAsync(province, 2025), await TotalAsync(province, 2026));

        Assert.True(await SampleDataAsync(province));
        Assert.True(await SampleDataAsync(await host.SignInWithAsync("op.dalamkaum", DesaApp.Password)));
        Assert.Equal(2046, now.Villages);
        Assert.InRange(end2025.VillagesWithCoverage, 1, now.VillagesWithCoverage - 1);
        Assert.InRange(now.VillagesWithCoverage, 1, now.Villages - 1); // some desa still have nobody covered
        Assert.InRange(end2025.PeopleInOffice, 1, now.PeopleInOffice - 1);
        Assert.InRange(end2025.PeopleCovered, 1, now.PeopleCovered - 1);

        using var scope = SystemScope(host);
        var desa = (await scope.ServiceProvider.GetRequiredService<IRegionDirectory>().DesaAsync("61", CancellationToken.None)).Select(d => d.Code);
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var withRoster = await db.People.Where(p => p.Status == RosterStatus.Official).Select(p => p.RegionCode).Distinct().ToListAsync();
        Assert.Equal(desa.Order(StringComparer.Ordinal), withRoster.Order(StringComparer.Ordinal));
        Assert.False(await db.People.AnyAsync(p => !p.FullName.StartsWith("[Contoh] ")));

        var entries = await db.People.Select(p => new { p.EntryId, p.Nik, p.RegionCode }).Distinct().ToListAsync();
        Assert.Equal(entries.Count, entries.Select(e => e.EntryId).Distinct().Count());
        Assert.Equal(entries.Count, entries.Select(e => e.Nik).Distinct().Count());
        Assert.All(entries, e =>
        {
            Assert.Null(Nik.Problem(e.Nik, new DateOnly(2026, 12, 1)));
            Assert.Equal(e.RegionCode[..8], Nik.DistrictCode(e.Nik));
        });

        // The workflow's traces: history, ended terms, changes waiting and drafts, returns, the regency's approvals.
        var statuses = await db.People.GroupBy(p => p.Status).Select(g => g.Key).ToListAsync();
        Assert.Equal(Enum.GetValues<RosterStatus>().Order(), statuses.Order());
        Assert.True(await db.People.AnyAsync(p => p.Status == RosterStatus.Official && p.TermEnd != null));
        var outcomes = await db.Submissions.GroupBy(s => s.Status).Select(g => g.Key).ToListAsync();
        Assert.Equal([SubmissionStatus.Submitted, SubmissionStatus.Approved, SubmissionStatus.Returned], outcomes.Order());
        Assert.Equal(await db.Submissions.CountAsync() + await db.Submissions.CountAsync(s => s.Status != SubmissionStatus.Submitted),
            await db.SubmissionEvents.CountAsync());
        Assert.Equal(["dpmd.sambas"], await db.Submissions.Where(s => s.RegionCode.StartsWith("61.01.") && s.ReviewedBy != null)
            .Select(s => s.ReviewedBy!).Distinct().ToListAsync());
        Assert.Contains("op.dalamkaum", await db.Submissions.Where(s => s.RegionCode == "61.01.01.2001").Select(s => s.SubmittedBy).ToListAsync());

        // A few monev findings about desa with nobody protected, one for the demo operator's desa; some follow-ups overdue.
        var findings = await province.SendAsync("""{ monevFindings(first: 50) { totalCount nodes { villageCode note } } overdueActions(regionCode: "61") { totalCount } }""");
        var found = findings.Data.GetProperty("monevFindings");
        Assert.InRange(found.GetProperty("totalCount").GetInt32(), 2, 8);
        Assert.Contains(found.GetProperty("nodes").EnumerateArray(), f => f.GetProperty("villageCode").GetString() == "61.01.01.2001");
        Assert.All(found.GetProperty("nodes").EnumerateArray(), f => Assert.StartsWith("[Contoh] ", f.GetProperty("note").GetString()));
        Assert.True(findings.Data.GetProperty("overdueActions").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task The_sample_is_the_same_on_every_database_and_a_restart_adds_nothing()
    {
        string written;
        await using (var host = WithSampleData(app)) written = await FingerprintAsync(host);
        await using (var restarted = WithSampleData(app)) Assert.Equal(written, await FingerprintAsync(restarted));

        var other = new DesaApp();
        await ((IAsyncLifetime)other).InitializeAsync();
        try
        {
            using (var scope = SystemScope(other))
                Assert.False(await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().People.AnyAsync());
            Assert.False(await SampleDataAsync(await other.SignInAsync("admin.kalbar")));
            await using var elsewhere = WithSampleData(other);
            Assert.Equal(written, await FingerprintAsync(elsewhere));
        }
        finally
        {
            await ((IAsyncLifetime)other).DisposeAsync();
        }
    }

    private static WebApplicationFactory<Program> WithSampleData(DesaApp desa) =>
        desa.WithWebHostBuilder(builder => builder.UseSetting("Demo:SampleData", "true"));

    /// <summary>The coverage of both years, and every row written (without the ids, new on every run) as counts and a hash.</summary>
    private static async Task<string> FingerprintAsync(WebApplicationFactory<Program> host)
    {
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        var coverage = $"{await CoverageAsync(province, 2025)}{Environment.NewLine}{await CoverageAsync(province, 2026)}";
        using var scope = SystemScope(host);
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var people = await db.People.AsNoTracking().Select(p => new
        {
            p.RegionCode, p.FullName, p.Nik, p.BirthDate, p.PositionCode, p.TermStart, p.TermEnd, p.CoveredFrom, p.Status, p.ApprovedAt,
            Kpj = p.Enrollment == null ? null : p.Enrollment.Kpj,
        }).ToListAsync();
        var submissions = await db.Submissions.AsNoTracking()
            .Select(s => new { s.RegionCode, s.Status, s.SubmittedAt, s.SubmittedBy, s.ReviewedAt, s.ReviewedBy, s.PeopleCount }).ToListAsync();
        var events = await db.SubmissionEvents.AsNoTracking().Select(e => new { e.RegionCode, e.Kind, e.At, e.By, e.Changes }).ToListAsync();
        var rows = people.Select(p => p.ToString()).Concat(submissions.Select(s => s.ToString())).Concat(events.Select(e => e.ToString()))
            .Order(StringComparer.Ordinal);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows))));
        return $"{people.Count} people, {submissions.Count} submissions, {events.Count} events: {hash}{Environment.NewLine}{coverage}";
    }

    private static async Task<Total> TotalAsync(GraphQLClient client, int year)
    {
        var total = (await CoverageAsync(client, year)).GetProperty("total");
        return new Total(total.GetProperty("peopleInOffice").GetInt32(), total.GetProperty("peopleCovered").GetInt32(),
            total.GetProperty("villages").GetInt32(), total.GetProperty("villagesWithCoverage").GetInt32());
    }

    private static async Task<System.Text.Json.JsonElement> CoverageAsync(GraphQLClient client, int year)
    {
        var response = await client.SendAsync(Coverage, new { year });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("coverage");
    }

    private static async Task<bool> SampleDataAsync(GraphQLClient client)
    {
        var response = await client.SendAsync("{ me { sampleData } }");
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("me").GetProperty("sampleData").GetBoolean();
    }

    private static IServiceScope SystemScope(WebApplicationFactory<Program> host)
    {
        var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        return scope;
    }

    private sealed record Total(int PeopleInOffice, int PeopleCovered, int Villages, int VillagesWithCoverage);
}
