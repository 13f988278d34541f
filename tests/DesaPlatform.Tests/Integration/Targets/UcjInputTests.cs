using System.Text;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Targets;

/// <summary>
/// UCJ from the inputs a province admin enters or imports, each with its source and date: the figure of a region is
/// its own input in force on the day asked for — never counted from rosters, never summed from the regencies.
/// </summary>
public sealed class UcjInputTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Header = "kode_wilayah,periode,peserta_pu,peserta_bpu,peserta_jakon,penduduk_bekerja,sumber,tanggal_sumber,catatan\n";

    private const string Set = """
        mutation($i: SetUcjInputInput!) {
          setUcjInput(input: $i) { ucjInput { id regionCode period participants workingPopulation value source sourceDate note version } errors { code field } }
        }
        """;

    private const string Import = """
        mutation($f: String!, $dry: Boolean!) {
          importUcjInputs(input: { fileName: "ucj.csv", fileBase64: $f, dryRun: $dry }) {
            report { applied refused added changed unchanged rows { line regionCode period kind } problems { line column code } }
            errors { code }
          }
        }
        """;

    private const string Ucj = """
        query($code: String!, $asOf: Date) {
          coverage(regionCode: $code, year: 2026, asOfDate: $asOf) {
            total { indicators { indicator { code } numerator denominator value period source sourceDate } }
            byRegion { regionCode indicators { indicator { code } numerator denominator value period source sourceDate } }
          }
        }
        """;

    private const string List = """
        query($code: String!, $first: Int) { ucjInputs(regionCode: $code, first: $first) { totalCount pageInfo { hasNextPage } nodes { regionCode period participantsPu source } } }
        """;

    private static object Input(string region, string period, int pu = 300, int bpu = 150, int jakon = 50, int working = 1000,
        string source = "BPS Sakernas Agustus 2025", string sourceDate = "2026-01-15", string? note = null, int? version = null) => new
    {
        i = new
        {
            regionCode = region, period, participantsPu = pu, participantsBpu = bpu, participantsJakon = jakon, workingPopulation = working, source,
            sourceDate, note, version,
        },
    };

    [Fact]
    public async Task A_regency_shows_its_own_input_in_force_on_the_day_with_its_period_and_source()
    {
        var province = await app.SignInAsync("admin.kalbar");
        Assert.Empty((await province.SendAsync(Set, Input("61.02", "2026-03", source: "BPJS Ketenagakerjaan Cabang Mempawah"))).ErrorCodes("setUcjInput"));
        Assert.Empty((await province.SendAsync(Set, Input("61.02", "2026-06", pu: 400, sourceDate: "2026-07-10"))).ErrorCodes("setUcjInput"));

        Assert.Null(UcjOf(await CoverageAsync(province, "2026-02-28"), "61.02"));
        var april = UcjOf(await CoverageAsync(province, "2026-04-30"), "61.02")!.Value;
        Assert.Equal((500, 1000, 50m, "2026-03", "BPJS Ketenagakerjaan Cabang Mempawah", "2026-01-15"),
            (april.GetProperty("numerator").GetInt32(), april.GetProperty("denominator").GetInt32(), april.GetProperty("value").GetDecimal(),
                april.GetProperty("period").GetString(), april.GetProperty("source").GetString(), april.GetProperty("sourceDate").GetString()));
        var july = await CoverageAsync(province, "2026-07-01");
        Assert.Equal((600, "2026-06"), (UcjOf(july, "61.02")!.Value.GetProperty("numerator").GetInt32(), UcjOf(july, "61.02")!.Value.GetProperty("period").GetString()));

        Assert.All(july.GetProperty("total").GetProperty("indicators").EnumerateArray().Where(f => !IsUcj(f)),
            f => Assert.Equal(JsonValueKind.Null, f.GetProperty("period").ValueKind));

        var series = await province.SendAsync("""query { indicatorSeries(regionCode: "61.02", indicator: "UCJ", months: 36) { points { asOfDate numerator denominator value } } }""");
        var points = series.Data.GetProperty("indicatorSeries").GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(("2026-03-31", 500), (points[0].GetProperty("asOfDate").GetString(), points[0].GetProperty("numerator").GetInt32()));
        Assert.Equal([500, 500, 500, 600], points.Take(4).Select(p => p.GetProperty("numerator").GetInt32()));
    }

    [Fact]
    public async Task UCJ_is_never_counted_from_an_approved_roster()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var regency = await app.SignInAsync("dpmd.sambas");
        var province = await app.SignInAsync("admin.kalbar");
        const string series = """query { indicatorSeries(regionCode: "61.01", indicator: "UCJ", months: 3) { points { numerator denominator } } }""";
        var before = (UcjOf(await CoverageAsync(province, null), "61.01")?.ToString(), (await province.SendAsync(series)).Body.ToString());

        Assert.Empty((await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.LubukDagang, "6101015708900071"))).ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(Roster.Submit, new { village = Roster.LubukDagang });
        var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync(Roster.Approve, new { id })).ErrorCodes("approveSubmission"));

        var coverage = await CoverageAsync(province, null);
        Assert.Equal(before, (UcjOf(coverage, "61.01")?.ToString(), (await province.SendAsync(series)).Body.ToString()));
        var completeness = coverage.GetProperty("byRegion").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "61.01")
            .GetProperty("indicators").EnumerateArray().Single(f => f.GetProperty("indicator").GetProperty("code").GetString() == "DATA_COMPLETENESS");
        Assert.True(completeness.GetProperty("numerator").GetInt32() > 0, "the approval counts in the roster figures");
    }

    [Fact]
    public async Task Correcting_a_month_replaces_it_only_as_read_removing_it_brings_back_the_month_before_and_all_is_audited()
    {
        var province = await app.SignInAsync("admin.kalbar");
        Assert.Empty((await province.SendAsync(Set, Input("61.05", "2025-12"))).ErrorCodes("setUcjInput"));
        var added = (await province.SendAsync(Set, Input("61.05", "2026-02"))).Data.GetProperty("setUcjInput").GetProperty("ucjInput");
        var version = added.GetProperty("version").GetInt32();
        Assert.Equal(["UCJ_PERIOD_TAKEN"], (await province.SendAsync(Set, Input("61.05", "2026-02", working: 3000))).ErrorCodes("setUcjInput"));
        Assert.Equal(["UCJ_CHANGED_MEANWHILE"], (await province.SendAsync(Set, Input("61.05", "2026-02", working: 3000, version: version - 1))).ErrorCodes("setUcjInput"));
        var corrected = await province.SendAsync(Set, Input("61.05", "2026-02", working: 2000, note: "  revisi BPS  ", version: version));
        var input = corrected.Data.GetProperty("setUcjInput").GetProperty("ucjInput");
        Assert.Equal((25m, "revisi BPS", version + 1), (input.GetProperty("value").GetDecimal(), input.GetProperty("note").GetString(), input.GetProperty("version").GetInt32()));
        Assert.Equal(["UCJ_CHANGED_MEANWHILE"], (await province.SendAsync(Set, Input("61.05", "2026-02", working: 3000, version: version))).ErrorCodes("setUcjInput"));
        Assert.Equal(2, (await province.SendAsync(List, new { code = "61.05" })).Data.GetProperty("ucjInputs").GetProperty("totalCount").GetInt32());

        var removed = await province.SendAsync("mutation($id: ID!) { removeUcjInput(input: { id: $id }) { errors { code } } }",
            new { id = input.GetProperty("id").GetString() });
        Assert.Empty(removed.ErrorCodes("removeUcjInput"));
        Assert.Equal("2025-12", UcjOf(await CoverageAsync(province, "2026-03-01"), "61.05")!.Value.GetProperty("period").GetString());

        var audit = await province.SendAsync("""{ auditTrail(where: { entity: { eq: "UcjInput" }, regionCode: { eq: "61.05" } }) { nodes { action } } }""");
        var actions = audit.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("action").GetString()).ToList();
        Assert.Equal(4, actions.Count);
        Assert.Equal(3, actions.Distinct().Count());
    }

    [Fact]
    public async Task Each_wrong_field_is_named_in_Indonesian()
    {
        var province = await app.SignInAsync("admin.kalbar");
        async Task<List<(string, string?)>> Errors(object input) =>
            (await province.SendAsync(Set, input)).Data.GetProperty("setUcjInput").GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("field").GetString())).ToList();

        Assert.Equal([("UCJ_PERIOD", "period"), ("UCJ_NEGATIVE_COUNT", "participantsBpu"), ("UCJ_WORKING_POPULATION", "workingPopulation"),
                ("UCJ_SOURCE_REQUIRED", "source")],
            await Errors(Input("61.03", "08/2025", bpu: -1, working: 0, source: " ")));
        Assert.Equal([("UCJ_PERIOD_RANGE", "period"), ("UCJ_SOURCE_DATE", "sourceDate")], await Errors(Input("61.03", "2099-01", sourceDate: "2099-01-01")));
        Assert.Equal([("UCJ_REGION_LEVEL", "regionCode")], await Errors(Input("61.01.01", "2026-01")));
        Assert.Equal([("UNKNOWN_REGION", "regionCode")], await Errors(Input("63", "2026-01")));
        Assert.Equal(0, (await province.SendAsync(List, new { code = "61.03" })).Data.GetProperty("ucjInputs").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_province_has_only_its_own_input_an_import_is_checked_first_applied_whole_and_a_second_time_changes_nothing()
    {
        var province = await app.SignInAsync("admin.kalbar");
        var file = Header
                   + "61,2025-08,350.000,420000,15000,2600000,BPS Sakernas Agustus 2025,05/11/2025,\n"
                   + "61.04,2025-08,20000,30000,1000,150000,\"BPJS Ketenagakerjaan Cabang Singkawang, Kalbar\",2025-11-05,awal\n";

        Assert.Empty((await province.SendAsync(Set, Input("61.10", "2025-01"))).ErrorCodes("setUcjInput"));
        var unsummed = (await CoverageAsync(province, null)).GetProperty("total").GetProperty("indicators").EnumerateArray().Single(IsUcj);
        Assert.Equal(JsonValueKind.Null, unsummed.GetProperty("numerator").ValueKind);

        var kept = await CountAsync(province, "61");
        var dry = Report(await province.SendAsync(Import, new { f = Base64(file), dry = true }));
        Assert.Equal((false, false, 2, 0), (dry.GetProperty("applied").GetBoolean(), dry.GetProperty("refused").GetBoolean(),
            dry.GetProperty("added").GetInt32(), dry.GetProperty("changed").GetInt32()));
        Assert.Equal(kept, await CountAsync(province, "61"));

        var applied = Report(await province.SendAsync(Import, new { f = Base64(file), dry = false }));
        Assert.True(applied.GetProperty("applied").GetBoolean());
        Assert.Equal(kept + 2, await CountAsync(province, "61"));
        var total = (await CoverageAsync(province, null)).GetProperty("total").GetProperty("indicators").EnumerateArray().Single(IsUcj);
        Assert.Equal((785000, 2600000, "BPS Sakernas Agustus 2025", "2025-11-05"), (total.GetProperty("numerator").GetInt32(),
            total.GetProperty("denominator").GetInt32(), total.GetProperty("source").GetString(), total.GetProperty("sourceDate").GetString()));

        var again = Report(await province.SendAsync(Import, new { f = Base64(file), dry = false }));
        Assert.Equal((0, 0, 2), (again.GetProperty("added").GetInt32(), again.GetProperty("changed").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        var audit = await province.SendAsync("""{ auditTrail(where: { entity: { eq: "UcjInput" }, regionCode: { eq: "61.04" } }) { totalCount } }""");
        Assert.Equal(1, audit.Data.GetProperty("auditTrail").GetProperty("totalCount").GetInt32());
        var files = await province.SendAsync("""{ auditTrail(where: { entity: { eq: "UcjImport" } }) { nodes { entityId regionCode after } } }""");
        var summary = Assert.Single(files.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray());
        Assert.Equal(("ucj.csv", "61"), (summary.GetProperty("entityId").GetString(), summary.GetProperty("regionCode").GetString()));
        Assert.Contains("\"added\":2", summary.GetProperty("after").GetString());

        var changed = Report(await province.SendAsync(Import, new { f = Base64(file.Replace("20000,30000", "21000,30000")), dry = true }));
        Assert.Equal(["UNCHANGED", "CHANGED"], changed.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_file_with_one_bad_line_is_refused_whole_each_problem_with_its_line_and_column()
    {
        var province = await app.SignInAsync("admin.kalbar");
        var file = Header
                   + "61.06,2025-08,100,100,10,5000,BPS Sakernas,05/11/2025,\n"
                   + "61.06,2025-13,100,,10,5000,BPS Sakernas,05/11/2025,\n"
                   + "61.07,2025-08,100,100,10,5000,,kemarin,\n"
                   + "62.01,2025-08,100,100,10,5000,BPS Sakernas,05/11/2025,\n"
                   + "61.06,2025-08,100,100,10,5000,BPS Sakernas,05/11/2025,\n";

        var report = Report(await province.SendAsync(Import, new { f = Base64(file), dry = false }));
        Assert.True(report.GetProperty("refused").GetBoolean());
        Assert.False(report.GetProperty("applied").GetBoolean());
        Assert.Equal([(3, "peserta_bpu", "NOT_A_COUNT"), (4, "tanggal_sumber", "NOT_A_DATE"), (5, "kode_wilayah", "UNKNOWN_REGION"), (6, "periode", "UCJ_DUPLICATE_ROW")],
            report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("code").GetString())));
        Assert.Equal(0, await CountAsync(province, "61.06"));

        var wrongHeader = Report(await province.SendAsync(Import, new { f = Base64("kode,periode\n61,2025-08\n"), dry = true }));
        Assert.Equal("UCJ_WRONG_HEADER", wrongHeader.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_province_lists_its_own_and_its_regencies_inputs_newest_first_a_regency_only_its_own()
    {
        var province = await app.SignInAsync("admin.kalbar");
        Assert.Empty((await province.SendAsync(Set, Input("61.08", "2024-01"))).ErrorCodes("setUcjInput"));
        Assert.Empty((await province.SendAsync(Set, Input("61.01", "2024-02"))).ErrorCodes("setUcjInput"));
        Assert.Empty((await province.SendAsync(Set, Input("61.09", "2024-03"))).ErrorCodes("setUcjInput"));

        var page = (await province.SendAsync(List, new { code = "61", first = 200 })).Data.GetProperty("ucjInputs");
        var periods = page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("period").GetString()).ToList();
        Assert.Equal(periods.OrderByDescending(p => p), periods);
        Assert.Contains(page.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("regionCode").GetString() == "61.08");
        Assert.True((await province.SendAsync(List, new { code = "61", first = 1 })).Data.GetProperty("ucjInputs").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var regency = await app.SignInAsync("dpmd.sambas");
        var own = (await regency.SendAsync(List, new { code = "61.01" })).Data.GetProperty("ucjInputs").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(own);
        Assert.All(own, n => Assert.Equal("61.01", n.GetProperty("regionCode").GetString()));
        Assert.Equal(JsonValueKind.Null, (await regency.SendAsync(List, new { code = "61" })).Data.GetProperty("ucjInputs").ValueKind);
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static JsonElement Report(GraphQLResponse response)
    {
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("importUcjInputs").GetProperty("report");
    }

    private static bool IsUcj(JsonElement figure) => figure.GetProperty("indicator").GetProperty("code").GetString() == "UCJ";

    private static async Task<JsonElement> CoverageAsync(GraphQLClient client, string? asOf)
    {
        var response = await client.SendAsync(Ucj, new { code = "61", asOf });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("coverage");
    }

    /// <summary>The UCJ figure of a regency when it has one (a numerator), else null.</summary>
    private static JsonElement? UcjOf(JsonElement coverage, string regency)
    {
        var figure = coverage.GetProperty("byRegion").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == regency)
            .GetProperty("indicators").EnumerateArray().Single(IsUcj);
        return figure.GetProperty("numerator").ValueKind == JsonValueKind.Null ? null : figure;
    }

    private static async Task<int> CountAsync(GraphQLClient client, string code) =>
        (await client.SendAsync(List, new { code })).Data.GetProperty("ucjInputs").GetProperty("totalCount").GetInt32();
}
