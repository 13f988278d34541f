using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Targets;

/// <summary>
/// Each indicator of the catalog on its own: person coverage counts the people of approved rosters, village
/// registration and data completeness all desa of the region, and UCJ's target is never set against a roster figure.
/// Targets are per indicator, region and year, and a regency without its own inherits the province's.
/// </summary>
public sealed class IndicatorTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Figures = """
        query($code: String!, $asOf: Date) {
          coverage(regionCode: $code, year: 2026, asOfDate: $asOf) {
            asOfDate
            total { indicators { indicator { code } numerator denominator value gap target { percent setFor inherited } } }
            byRegion { regionCode indicators { indicator { code } value target { percent setFor inherited } } }
          }
        }
        """;

    private const string SetTarget = """
        mutation($indicator: String!, $region: String!, $year: Int!, $percent: Decimal) {
          setTarget(input: { indicator: $indicator, regionCode: $region, year: $year, percent: $percent }) {
            target { indicator regionCode year percent } errors { code field }
          }
        }
        """;

    [Fact]
    public async Task One_approved_village_of_many_says_how_partial_its_figures_are()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var regency = await app.SignInAsync("dpmd.sambas");
        var province = await app.SignInAsync("admin.kalbar");
        var before = await TotalAsync(province, "61");

        Assert.Empty((await village.SendAsync(Roster.AddPerson, Roster.Person(nik: "6101015708900061", position: "kepala_desa"))).ErrorCodes("addPerson"));
        var bpd = Roster.Person(nik: "6101015708900062", position: "bpd_anggota", enrollment: new { kpj = "12345678902", programs = new[] { "JKK", "JKM" }, startDate = "2024-02-01", status = "INACTIVE" });
        Assert.Empty((await village.SendAsync(Roster.AddPerson, bpd)).ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(Roster.Submit, new { village = Roster.DalamKaum });
        var submissionId = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id = submissionId })).ErrorCodes("approveSubmission"));

        var after = await TotalAsync(province, "61");
        Assert.Equal((before["PERSON_COVERAGE_KEPALA_DESA"].Numerator + 1, before["PERSON_COVERAGE_KEPALA_DESA"].Denominator + 1),
            (after["PERSON_COVERAGE_KEPALA_DESA"].Numerator, after["PERSON_COVERAGE_KEPALA_DESA"].Denominator));
        Assert.Equal(before["PERSON_COVERAGE_APARATUR_DESA"].Denominator + 1, after["PERSON_COVERAGE_APARATUR_DESA"].Denominator);
        Assert.Equal((before["PERSON_COVERAGE_BPD"].Numerator, before["PERSON_COVERAGE_BPD"].Denominator + 1),
            (after["PERSON_COVERAGE_BPD"].Numerator, after["PERSON_COVERAGE_BPD"].Denominator));
        Assert.Equal(2046, after["DATA_COMPLETENESS"].Denominator);
        Assert.Equal(2046, after["VILLAGE_REGISTRATION_APARATUR_DESA"].Denominator);
        Assert.Equal(after["DATA_COMPLETENESS"].Numerator, after["VILLAGE_REGISTRATION_APARATUR_DESA"].Numerator);
        Assert.True(after["DATA_COMPLETENESS"].Value < 1m, "a handful of 2,046 desa is well under 1%");
        Assert.Equal(before["VILLAGE_REGISTRATION_BPD"].Numerator, after["VILLAGE_REGISTRATION_BPD"].Numerator);

        Assert.Null(after["UCJ"].Value);
        Assert.Equal(60.80m, after["UCJ"].Target);
        Assert.All(after.Where(f => f.Key != "UCJ"), f => Assert.Null(f.Value.Target));
    }

    [Fact]
    public async Task A_regency_inherits_the_province_target_until_it_has_its_own()
    {
        var province = await app.SignInAsync("admin.kalbar");
        const string bpd = "VILLAGE_REGISTRATION_BPD";
        Assert.Empty((await province.SendAsync(SetTarget, new { indicator = bpd, region = "61", year = 2026, percent = 70m })).ErrorCodes("setTarget"));
        Assert.Empty((await province.SendAsync(SetTarget, new { indicator = bpd, region = "61.01", year = 2026, percent = 64.5m })).ErrorCodes("setTarget"));

        var figures = (await province.SendAsync(Figures, new { code = "61" })).Data.GetProperty("coverage");
        Assert.Equal((64.5m, "61.01", false), TargetOf(Row(figures, "61.01"), bpd));
        Assert.Equal((70m, "61", true), TargetOf(Row(figures, "61.02"), bpd));
        Assert.Equal((70m, "61", false), TargetOf(figures.GetProperty("total"), bpd));

        var sheet = await province.SendAsync("""query { targets(regionCode: "61") { rows { regionCode year indicator { code } target { percent setFor inherited } } } }""");
        var rows = sheet.Data.GetProperty("targets").GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("indicator").GetProperty("code").GetString() == bpd).ToList();
        Assert.Equal(15, rows.Count);
        Assert.Contains(rows, r => r.GetProperty("regionCode").GetString() == "61.03" && r.GetProperty("target").GetProperty("inherited").GetBoolean());

        Assert.Empty((await province.SendAsync(SetTarget, new { indicator = bpd, region = "61.01", year = 2026, percent = (decimal?)null })).ErrorCodes("setTarget"));
        figures = (await province.SendAsync(Figures, new { code = "61" })).Data.GetProperty("coverage");
        Assert.Equal((70m, "61", true), TargetOf(Row(figures, "61.01"), bpd));
    }

    [Fact]
    public async Task A_target_names_what_is_wrong_with_it()
    {
        var province = await app.SignInAsync("admin.kalbar");
        Assert.Equal(["UNKNOWN_INDICATOR"], (await province.SendAsync(SetTarget, new { indicator = "COVERAGE", region = "61", year = 2026, percent = 50m })).ErrorCodes("setTarget"));
        Assert.Equal(["TARGET_PERCENT"], (await province.SendAsync(SetTarget, new { indicator = "UCJ", region = "61", year = 2026, percent = 100.5m })).ErrorCodes("setTarget"));
        Assert.Equal(["TARGET_PERCENT"], (await province.SendAsync(SetTarget, new { indicator = "UCJ", region = "61", year = 2026, percent = 50.123m })).ErrorCodes("setTarget"));
        Assert.Equal(["TARGET_YEAR"], (await province.SendAsync(SetTarget, new { indicator = "UCJ", region = "61", year = 1999, percent = 50m })).ErrorCodes("setTarget"));
        Assert.Equal(["TARGET_REGION_LEVEL"], (await province.SendAsync(SetTarget, new { indicator = "UCJ", region = "61.01.01", year = 2026, percent = 50m })).ErrorCodes("setTarget"));
        Assert.Equal(["UNKNOWN_REGION"], (await province.SendAsync(SetTarget, new { indicator = "UCJ", region = "63", year = 2026, percent = 50m })).ErrorCodes("setTarget"));
        Assert.Equal(["NOT_FOUND"], (await province.SendAsync(SetTarget, new { indicator = "UCJ", region = "61.05", year = 2027, percent = (decimal?)null })).ErrorCodes("setTarget"));

        var sheet = await province.SendAsync("""query { targets(regionCode: "61") { rows { year indicator { code } target { percent } } } }""");
        Assert.DoesNotContain(sheet.Data.GetProperty("targets").GetProperty("rows").EnumerateArray(), r => r.GetProperty("year").GetInt32() == 1999);
    }

    [Fact]
    public async Task A_day_in_the_past_is_read_from_the_approved_history_and_a_day_to_come_is_refused()
    {
        var province = await app.SignInAsync("admin.kalbar");
        var early = await province.SendAsync(Figures, new { code = "61", asOf = "2026-01-01" });
        Assert.Equal("2026-01-01", early.Data.GetProperty("coverage").GetProperty("asOfDate").GetString());
        Assert.Equal(0, early.Data.GetProperty("coverage").GetProperty("total").GetProperty("indicators").EnumerateArray()
            .Single(f => f.GetProperty("indicator").GetProperty("code").GetString() == "DATA_COMPLETENESS").GetProperty("numerator").GetInt32());

        var wrongYear = await province.SendAsync(Figures, new { code = "61", asOf = "2025-12-31" });
        Assert.Contains("AS_OF_DATE", wrongYear.Body.GetProperty("errors").GetRawText());
    }

    private sealed record Figure(int? Numerator, int? Denominator, decimal? Value, decimal? Target);

    private static async Task<Dictionary<string, Figure>> TotalAsync(GraphQLClient client, string code)
    {
        var response = await client.SendAsync(Figures, new { code });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("coverage").GetProperty("total").GetProperty("indicators").EnumerateArray().ToDictionary(
            f => f.GetProperty("indicator").GetProperty("code").GetString()!,
            f => new Figure(Int(f, "numerator"), Int(f, "denominator"),
                f.GetProperty("value").ValueKind == JsonValueKind.Null ? null : f.GetProperty("value").GetDecimal(),
                f.GetProperty("target").ValueKind == JsonValueKind.Null ? null : f.GetProperty("target").GetProperty("percent").GetDecimal()));
    }

    private static int? Int(JsonElement figure, string name) =>
        figure.GetProperty(name).ValueKind == JsonValueKind.Null ? null : figure.GetProperty(name).GetInt32();

    private static JsonElement Row(JsonElement coverage, string code) =>
        coverage.GetProperty("byRegion").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == code);

    private static (decimal, string, bool) TargetOf(JsonElement figures, string indicator)
    {
        var target = figures.GetProperty("indicators").EnumerateArray()
            .Single(f => f.GetProperty("indicator").GetProperty("code").GetString() == indicator).GetProperty("target");
        return (target.GetProperty("percent").GetDecimal(), target.GetProperty("setFor").GetString()!, target.GetProperty("inherited").GetBoolean());
    }
}
