using System.Text.Json;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Targets;

/// <summary>
/// `coverage(year)` describes the year's last day (today for the current year) from the roster's approved history:
/// the version of each entry approved last by then, in office that day.
/// </summary>
public sealed class CoverageReportTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Coverage = """
        query($code: String!, $year: Int!) {
          coverage(regionCode: $code, year: $year) {
            asOfDate
            total { peopleInOffice peopleCovered villagesWithCoverage }
            byRegion { regionCode peopleInOffice peopleCovered }
            bySegment { segment peopleInOffice peopleCovered coveragePercent }
          }
        }
        """;

    private const string EndTerm = """
        mutation($id: ID!, $end: Date!) { endTerm(input: { personId: $id, termEnd: $end, endEnrollment: true }) { person { id } errors { code } } }
        """;

    [Fact]
    public async Task A_past_year_is_counted_from_what_was_approved_by_its_last_day()
    {
        var clock = new SettableClock(new DateTime(2026, 3, 1, 3, 0, 0, DateTimeKind.Utc));
        await using var host = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock)));
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);

        var submissionId = await Roster.AddAndSubmitAsync(village);
        await regency.SendAsync(Roster.Approve, new { id = submissionId });
        var person = (await village.SendAsync("{ people { nodes { id } } }")).Data.GetProperty("people").GetProperty("nodes")[0];

        // In January 2027 the village reports that the term had ended in June 2026: the record of 2026 as it stood at
        // the year's end keeps the person; what was approved later does not rewrite it.
        clock.UtcNow = new DateTime(2027, 1, 15, 3, 0, 0, DateTimeKind.Utc);
        Assert.Empty((await village.SendAsync(EndTerm, new { id = person.GetProperty("id").GetString(), end = "2026-06-30" })).ErrorCodes("endTerm"));
        var ending = await village.SendAsync(Roster.Submit, new { village = Roster.DalamKaum });
        var endingId = ending.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        await regency.SendAsync(Roster.Approve, new { id = endingId });

        var before = await CoverageAsync(province, 2025);
        var during = await CoverageAsync(province, 2026);
        var now = await CoverageAsync(province, 2027);

        Assert.Equal("2025-12-31", before.GetProperty("asOfDate").GetString());
        Assert.Equal(0, before.GetProperty("total").GetProperty("peopleInOffice").GetInt32());
        Assert.Equal("2026-12-31", during.GetProperty("asOfDate").GetString());
        Assert.Equal(1, during.GetProperty("total").GetProperty("peopleCovered").GetInt32());
        Assert.Equal(1, during.GetProperty("total").GetProperty("villagesWithCoverage").GetInt32());
        Assert.Equal(1, Row(during, "61.01").GetProperty("peopleInOffice").GetInt32());
        var aparatur = during.GetProperty("bySegment").EnumerateArray().Single(s => s.GetProperty("segment").GetString() == "APARATUR_DESA");
        Assert.Equal(100m, aparatur.GetProperty("coveragePercent").GetDecimal());
        Assert.Equal(["APARATUR_DESA", "BPD", "EKOSISTEM_DESA", "KEPALA_DESA"], during.GetProperty("bySegment").EnumerateArray().Select(s => s.GetProperty("segment").GetString()));
        Assert.Equal("2027-01-15", now.GetProperty("asOfDate").GetString());
        Assert.Equal(0, now.GetProperty("total").GetProperty("peopleInOffice").GetInt32());
    }

    [Fact]
    public async Task Today_is_the_local_day_of_the_region_asked_about()
    {
        // 16:30 UTC is 23:30 in West Kalimantan (WIB): still the 31st; an hour later it is New Year there too.
        var clock = new SettableClock(new DateTime(2026, 12, 31, 16, 30, 0, DateTimeKind.Utc));
        await using var host = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock)));
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);

        Assert.Equal("2026-12-31", (await CoverageAsync(province, 2026)).GetProperty("asOfDate").GetString());
        clock.UtcNow = clock.UtcNow.AddHours(1);
        Assert.Equal("2027-01-01", (await CoverageAsync(province, 2027)).GetProperty("asOfDate").GetString());
    }

    private static async Task<JsonElement> CoverageAsync(GraphQLClient client, int year)
    {
        var response = await client.SendAsync(Coverage, new { code = "61", year });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("coverage");
    }

    private static JsonElement Row(JsonElement coverage, string code) =>
        coverage.GetProperty("byRegion").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == code);
}
