using System.Text.Json;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Targets;

/// <summary>
/// ARREARS: people at risk ÷ people with an active enrollment, as of the last closed month, in the coverage report
/// beside the other indicators, per child region too. Lower is better: under its target it is on track, above it behind.
/// </summary>
public sealed class ArrearsIndicatorTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Figures = """
        query($code: String!) {
          coverage(regionCode: $code, year: 2026) {
            total { indicator(code: "ARREARS") { indicator { lowerIsBetter fromRosters sourceId } numerator denominator value gap onTrack period } }
            byRegion { regionCode indicator(code: "ARREARS") { numerator denominator } }
          }
          indicatorSeries(regionCode: $code, indicator: "ARREARS") { points { numerator denominator } }
        }
        """;

    private const string SetTarget = """
        mutation($percent: Decimal) {
          setTarget(input: { indicator: "ARREARS", regionCode: "61.01", year: 2026, percent: $percent }) { errors { code field } }
        }
        """;

    private const string Record = """
        mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { errors { code field } } }
        """;

    [Fact]
    public async Task One_of_two_enrolled_people_at_risk_is_50_percent_behind_a_10_percent_target_and_on_track_under_60()
    {
        var clock = new SettableClock(new DateTime(2024, 6, 10, 3, 0, 0, DateTimeKind.Utc));
        await using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IClock>(clock)));
        var village = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        foreach (var (nik, kpj) in new[] { ("6101015708900201", "20100000001"), ("6101015708900202", "20100000002") })
            Assert.Empty((await village.SendAsync(Roster.AddPerson, Roster.Person(nik: nik,
                enrollment: new { kpj, programs = new[] { "JKK", "JKM" }, startDate = "2024-02-01" }))).ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(Roster.Submit, new { village = Roster.DalamKaum });
        var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id })).ErrorCodes("approveSubmission"));
        foreach (var period in new[] { "2024-02", "2024-05" })
        {
            var paid = await village.SendAsync(Record, new { input = new { villageCode = Roster.DalamKaum, kpj = "20100000002", period, amount = 10_920m } });
            Assert.Empty(paid.ErrorCodes("recordPayment"));
        }

        Assert.Empty((await province.SendAsync(SetTarget, new { percent = 10m })).ErrorCodes("setTarget"));
        var behind = await FiguresAsync(regency, "61.01");
        var total = behind.GetProperty("coverage").GetProperty("total").GetProperty("indicator");
        Assert.Equal((1, 2, 50m, 40m, false, "2024-05"),
            (total.GetProperty("numerator").GetInt32(), total.GetProperty("denominator").GetInt32(), total.GetProperty("value").GetDecimal(),
                total.GetProperty("gap").GetDecimal(), total.GetProperty("onTrack").GetBoolean(), total.GetProperty("period").GetString()));
        Assert.Equal((true, false), (total.GetProperty("indicator").GetProperty("lowerIsBetter").GetBoolean(),
            total.GetProperty("indicator").GetProperty("fromRosters").GetBoolean()));
        Assert.Contains("pembayaran iuran", total.GetProperty("indicator").GetProperty("sourceId").GetString());
        var district = behind.GetProperty("coverage").GetProperty("byRegion").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "61.01.01");
        Assert.Equal((1, 2), (district.GetProperty("indicator").GetProperty("numerator").GetInt32(), district.GetProperty("indicator").GetProperty("denominator").GetInt32()));
        var point = Assert.Single(behind.GetProperty("indicatorSeries").GetProperty("points").EnumerateArray());
        Assert.Equal((1, 2), (point.GetProperty("numerator").GetInt32(), point.GetProperty("denominator").GetInt32()));

        Assert.Empty((await province.SendAsync(SetTarget, new { percent = 60m })).ErrorCodes("setTarget"));
        var onTrack = (await FiguresAsync(regency, "61.01")).GetProperty("coverage").GetProperty("total").GetProperty("indicator");
        Assert.Equal((-10m, true), (onTrack.GetProperty("gap").GetDecimal(), onTrack.GetProperty("onTrack").GetBoolean()));
    }

    private static async Task<JsonElement> FiguresAsync(GraphQLClient client, string code)
    {
        var response = await client.SendAsync(Figures, new { code });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data;
    }
}
