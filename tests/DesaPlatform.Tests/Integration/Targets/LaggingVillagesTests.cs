using System.Net;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Integration.Targets;

/// <summary>
/// The desa that lag in a segment: every desa of the region without a covered person (whether it sent a roster or
/// not), or covered below the target — paged, narrowed to a regency or district, sorted, and exported whole.
/// </summary>
public sealed class LaggingVillagesTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Lagging = """
        query($region: String!, $segment: String!, $kind: LagKind!, $within: String, $order: LagOrder, $after: String) {
          laggingVillages(regionCode: $region, segment: $segment, kind: $kind, within: $within, orderBy: $order, first: 50, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { code name districtName regencyName inOffice covered coveragePercent target { percent setFor } lastApprovedAt }
          }
        }
        """;

    [Fact]
    public async Task A_desa_leaves_the_list_of_those_without_coverage_when_its_roster_is_approved()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var regency = await app.SignInAsync("dpmd.sambas");
        var before = await LaggingAsync(regency, "61.01", "APARATUR_DESA", "NO_COVERAGE");
        Assert.Contains(before.Nodes, n => n.GetProperty("code").GetString() == Roster.DalamKaum);
        var sambasDesa = before.Total;

        await regency.SendAsync(Roster.Approve, new { id = await Roster.AddAndSubmitAsync(village, nik: "6101015708900081") });
        var after = await LaggingAsync(regency, "61.01", "APARATUR_DESA", "NO_COVERAGE");
        Assert.Equal(sambasDesa - 1, after.Total);
        Assert.DoesNotContain(after.Nodes, n => n.GetProperty("code").GetString() == Roster.DalamKaum);
        // BPD: the approved roster has none of them, so the desa still lags there.
        var bpd = await LaggingAsync(regency, "61.01", "BPD", "NO_COVERAGE");
        var dalamKaum = bpd.Nodes.Single(n => n.GetProperty("code").GetString() == Roster.DalamKaum);
        Assert.Equal(0, dalamKaum.GetProperty("inOffice").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, dalamKaum.GetProperty("lastApprovedAt").ValueKind);
        Assert.Equal("Kabupaten Sambas", dalamKaum.GetProperty("regencyName").GetString());

        var district = await LaggingAsync(regency, "61.01", "BPD", "NO_COVERAGE", within: "61.01.01");
        Assert.True(district.Total < bpd.Total);
        Assert.All(district.Nodes, n => Assert.StartsWith("61.01.01.", n.GetProperty("code").GetString()));
        var byName = await LaggingAsync(regency, "61.01", "BPD", "NO_COVERAGE", within: "61.01.01", order: "NAME");
        Assert.Equal(byName.Nodes.Select(n => n.GetProperty("name").GetString()).Order(StringComparer.Ordinal), byName.Nodes.Select(n => n.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_desa_covered_below_its_target_is_listed_with_the_target_and_the_export_holds_every_row()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var regency = await app.SignInAsync("dpmd.sambas");
        var province = await app.SignInAsync("admin.kalbar");
        Assert.Empty((await village.SendAsync(Roster.AddPerson, Roster.Person(Roster.LubukDagang, "6101011708900082", "bpd_ketua"))).ErrorCodes("addPerson"));
        var uncovered = Roster.Person(Roster.LubukDagang, "6101011708900083", "bpd_anggota",
            enrollment: new { kpj = "12345678903", programs = new[] { "JKK", "JKM" }, startDate = "2024-02-01", status = "INACTIVE" });
        Assert.Empty((await village.SendAsync(Roster.AddPerson, uncovered)).ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(Roster.Submit, new { village = Roster.LubukDagang });
        await regency.SendAsync(Roster.Approve, new { id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString() });
        Assert.Empty((await province.SendAsync("""
            mutation { setTarget(input: { indicator: "PERSON_COVERAGE_BPD", regionCode: "61", year: 2026, percent: 63 }) { errors { code } } }
            """)).ErrorCodes("setTarget"));

        var below = await LaggingAsync(regency, "61.01", "BPD", "BELOW_TARGET");
        var lubukDagang = Assert.Single(below.Nodes);
        Assert.Equal((2, 1, 50m, 63m, "61"), (lubukDagang.GetProperty("inOffice").GetInt32(), lubukDagang.GetProperty("covered").GetInt32(),
            lubukDagang.GetProperty("coveragePercent").GetDecimal(), lubukDagang.GetProperty("target").GetProperty("percent").GetDecimal(),
            lubukDagang.GetProperty("target").GetProperty("setFor").GetString()));

        var all = await LaggingAsync(regency, "61.01", "BPD", "NO_COVERAGE");
        Assert.True(all.HasNextPage, "more desa than a page");
        var csv = await regency.Http.GetStringAsync("/api/lagging-villages/export?region=61.01&segment=BPD&kind=no-coverage&format=csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("kode_desa,nama_desa,kecamatan,kabupaten_kota", lines[0]);
        Assert.Equal(all.Total, lines.Length - 1);
        Assert.Equal(HttpStatusCode.BadRequest, (await regency.Http.GetAsync("/api/lagging-villages/export?region=61.01&segment=RT&kind=no-coverage")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await regency.Http.GetAsync("/api/lagging-villages/export?region=61.02&segment=BPD&kind=no-coverage")).StatusCode);
    }

    [Fact]
    public async Task Another_regency_and_an_unknown_segment_get_nothing()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var other = await regency.SendAsync(Lagging, new { region = "61.02", segment = "BPD", kind = "NO_COVERAGE" });
        Assert.Equal(JsonValueKind.Null, other.Data.GetProperty("laggingVillages").ValueKind);
        var unknown = await regency.SendAsync(Lagging, new { region = "61.01", segment = "RT", kind = "NO_COVERAGE" });
        Assert.Contains("UNKNOWN_SEGMENT", unknown.Body.GetProperty("errors").GetRawText());
    }

    private sealed record Page(int Total, bool HasNextPage, List<JsonElement> Nodes);

    private static async Task<Page> LaggingAsync(GraphQLClient client, string region, string segment, string kind, string? within = null, string? order = null)
    {
        var nodes = new List<JsonElement>();
        string? after = null;
        JsonElement list;
        var pages = 0;
        do
        {
            var response = await client.SendAsync(Lagging, new { region, segment, kind, within, order, after });
            Assert.False(response.HasErrors, response.Body.ToString());
            list = response.Data.GetProperty("laggingVillages");
            nodes.AddRange(list.GetProperty("nodes").EnumerateArray());
            after = list.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            pages++;
        }
        while (list.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        return new Page(list.GetProperty("totalCount").GetInt32(), pages > 1, nodes);
    }
}
