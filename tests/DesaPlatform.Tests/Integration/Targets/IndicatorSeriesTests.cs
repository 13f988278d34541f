using System.Text.Json;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Tests.Infrastructure;
using DesaPlatform.Tests.Integration.Access;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Targets;

/// <summary>An indicator month by month from the approved history, with its target and where the trend leads.</summary>
public sealed class IndicatorSeriesTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Series = """
        query($months: Int) {
          indicatorSeries(regionCode: "61.01", indicator: "VILLAGE_REGISTRATION_APARATUR_DESA", months: $months) {
            points { asOfDate numerator denominator value }
            targets { year target { percent setFor } }
            trendPerMonth
            projections { year target projectedValue onTrack monthsLeft unitsNeeded unitsPerMonth }
          }
        }
        """;

    private const string SetTarget = """
        mutation { setTarget(input: { indicator: "VILLAGE_REGISTRATION_APARATUR_DESA", regionCode: "61.01", year: 2026, percent: 50 }) { errors { code } } }
        """;

    [Fact]
    public async Task Each_month_shows_what_was_approved_by_its_end_and_the_projection_what_the_target_needs()
    {
        var clock = new SettableClock(new DateTime(2026, 2, 10, 3, 0, 0, DateTimeKind.Utc));
        await using var host = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock)));
        var dalamKaum = await host.SignInWithAsync("op.dalamkaum", DesaApp.Password);
        var lubukDagang = await host.SignInWithAsync("op.lubukdagang", DesaApp.Password);
        var regency = await host.SignInWithAsync("dpmd.sambas", DesaApp.Password);
        var province = await host.SignInWithAsync("admin.kalbar", DesaApp.Password);
        Assert.Empty((await province.SendAsync(SetTarget)).ErrorCodes("setTarget"));

        await regency.SendAsync(Roster.Approve, new { id = await Roster.AddAndSubmitAsync(dalamKaum) });
        clock.UtcNow = new DateTime(2026, 4, 20, 3, 0, 0, DateTimeKind.Utc);
        await regency.SendAsync(Roster.Approve, new { id = await Roster.AddAndSubmitAsync(lubukDagang, Roster.LubukDagang, "6101011708900071") });
        clock.UtcNow = new DateTime(2026, 6, 15, 3, 0, 0, DateTimeKind.Utc);

        var series = (await province.SendAsync(Series, new { months = 6 })).Data.GetProperty("indicatorSeries");
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-15"], points.Select(p => p.GetProperty("asOfDate").GetString()));
        Assert.Equal([0, 1, 1, 2, 2, 2], points.Select(p => p.GetProperty("numerator").GetInt32()));
        var desa = points[0].GetProperty("denominator").GetInt32();
        Assert.True(desa > 100, "every desa of Sambas counts, registered or not");

        Assert.Equal((2026, 50m, "61.01"), Target(series.GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("year").GetInt32() == 2026)));
        var projection = series.GetProperty("projections").EnumerateArray().Single(p => p.GetProperty("year").GetInt32() == 2026);
        Assert.False(projection.GetProperty("onTrack").GetBoolean());
        Assert.Equal(6, projection.GetProperty("monthsLeft").GetInt32());
        Assert.Equal((int)Math.Ceiling(desa * 0.5m) - 2, projection.GetProperty("unitsNeeded").GetInt32());
        Assert.True(series.GetProperty("trendPerMonth").GetDecimal() > 0);
    }

    [Fact]
    public async Task An_unknown_indicator_or_too_long_a_series_is_refused_by_name()
    {
        var province = await app.SignInAsync("admin.kalbar");
        var unknown = await province.SendAsync("""{ indicatorSeries(regionCode: "61", indicator: "NOPE") { regionCode } }""");
        Assert.Contains("UNKNOWN_INDICATOR", unknown.Body.GetProperty("errors").GetRawText());
        var tooLong = await province.SendAsync(Series, new { months = 37 });
        Assert.Contains("SERIES_MONTHS", tooLong.Body.GetProperty("errors").GetRawText());
    }

    private static (int, decimal, string) Target(JsonElement yearTarget) =>
        (yearTarget.GetProperty("year").GetInt32(), yearTarget.GetProperty("target").GetProperty("percent").GetDecimal(),
            yearTarget.GetProperty("target").GetProperty("setFor").GetString()!);
}
