using System.Text.Json;
using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Targets;

/// <summary>
/// Closed months are kept per village and rolled up for every region above it, and the series reads them; a reopened
/// approval counts its village and the regions above again for the months since, so the kept months always equal the
/// approved history.
/// </summary>
public sealed class MonthlyCoverageTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Series = """
        query($regionCode: String!) {
          indicatorSeries(regionCode: $regionCode, indicator: "PERSON_COVERAGE_APARATUR_DESA", months: 3) { points { asOfDate numerator denominator } }
        }
        """;

    // The village, its district, regency and province, and the country.
    private static readonly string[] Levels = [Roster.DalamKaum, "61.01.01", "61.01", "61", ""];

    [Fact]
    public async Task A_closed_month_is_read_from_its_kept_counts_and_a_reopened_approval_counts_it_again()
    {
        var clock = new SettableClock(new DateTime(2026, 2, 10, 3, 0, 0, DateTimeKind.Utc));
        await using var host = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock)));
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var country = await host.SignInWithAsync("kemendagri", DesaApp.Password);
        var submissionId = await Roster.AddAndSubmitAsync(village, nik: "6101015708900091");
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = submissionId })).ErrorCodes("approveSubmission"));

        clock.UtcNow = new DateTime(2026, 4, 10, 3, 0, 0, DateTimeKind.Utc);
        using (var scope = SystemScope(host))
            Assert.Equal(MonthlyCoverage.KeptMonths, await scope.ServiceProvider.GetRequiredService<MonthlyCoverage>().CloseAsync(CancellationToken.None));
        foreach (var level in Levels) Assert.Equal(["2026-02-28 1/1", "2026-03-31 1/1", "2026-04-10 1/1"], await PointsAsync(country, level));

        // Read from the kept months: a kept count changed by hand shows in the series of that village or region alone.
        using (var scope = SystemScope(host))
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            await db.VillageMonths.Where(m => m.Month == "2026-03" && m.RegionCode == Roster.DalamKaum).ExecuteUpdateAsync(m => m.SetProperty(r => r.Covered, 0));
            await db.RegionMonths.Where(m => m.Month == "2026-03" && m.RegionCode == "61.01").ExecuteUpdateAsync(m => m.SetProperty(r => r.InOffice, 2));
        }
        Assert.Equal(["2026-02-28 1/1", "2026-03-31 0/1", "2026-04-10 1/1"], await PointsAsync(regency, Roster.DalamKaum));
        Assert.Equal(["2026-02-28 1/1", "2026-03-31 1/1", "2026-04-10 1/1"], await PointsAsync(regency, "61.01.01"));
        Assert.Equal(["2026-02-28 1/1", "2026-03-31 1/2", "2026-04-10 1/1"], await PointsAsync(regency, "61.01"));

        // Reopened, the approval of February no longer counts, in February and March alike.
        var reopened = await regency.SendAsync("""
            mutation($id: ID!) { reopenSubmission(input: { submissionId: $id, reason: "NIK salah" }) { errors { code } } }
            """, new { id = submissionId });
        Assert.Empty(reopened.ErrorCodes("reopenSubmission"));
        foreach (var level in Levels) Assert.Equal(["2026-02-28 0/0", "2026-03-31 0/0", "2026-04-10 0/0"], await PointsAsync(country, level));
        using (var scope = SystemScope(host))
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            Assert.Empty(await db.VillageMonths.Where(m => m.RegionCode == Roster.DalamKaum).ToListAsync());
            Assert.Empty(await db.RegionMonths.ToListAsync());
            Assert.Empty(await db.RegionMonthDesa.ToListAsync());
        }
    }

    private static async Task<List<string>> PointsAsync(GraphQLClient client, string regionCode)
    {
        var response = await client.SendAsync(Series, new { regionCode });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("indicatorSeries").GetProperty("points").EnumerateArray()
            .Select(p => $"{p.GetProperty("asOfDate").GetString()} {Int(p, "numerator")}/{Int(p, "denominator")}").ToList();
    }

    private static int Int(JsonElement point, string name) => point.GetProperty(name).ValueKind == JsonValueKind.Null ? 0 : point.GetProperty(name).GetInt32();

    private static IServiceScope SystemScope(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host)
    {
        var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        return scope;
    }
}
