using System.Net;
using System.Text;
using System.Text.Json;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation;
using DesaPlatform.Membership.Reconciliation.Retention;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Reconciliation;

/// <summary>
/// A BPJS branch's participant list read against Dalam Kaum's approved roster: four people (two covered and active at
/// BPJS, one covered but non-active, one covered and not in the list, one not covered but active) and a participant no
/// roster knows.
/// </summary>
public sealed class BpjsReconciliationTests(DesaApp app) : IClassFixture<DesaApp>, IAsyncLifetime
{
    private const string Upload = """
        mutation($f: String!, $dry: Boolean!, $r: String!, $asOf: String! = "2026-11-30") {
          uploadBpjsParticipantList(input: { regionCode: $r, asOf: $asOf, fileName: "peserta.csv", fileBase64: $f, dryRun: $dry }) {
            report { applied refused participants listId groups { consistent declaredNotActive activeNotDeclared unmatched mismatches }
                     problems { line column code } }
            errors { code }
          }
        }
        """;

    private const string View = """
        query($r: String!, $g: BpjsReconciliationGroup) {
          bpjsReconciliation(regionCode: $r) {
            runs { id fileName fileKept asOf }
            groups { consistent declaredNotActive activeNotDeclared unmatched mismatches }
            regions { regionCode groups { consistent declaredNotActive activeNotDeclared unmatched } }
            results(group: $g, take: 100) { totalCount nodes { id regionCode group nik kpj rosterName bpjsName nameMismatch activeAtBpjs } }
            history { run { asOf } groups { consistent activeNotDeclared } }
          }
        }
        """;

    private const string Take = "mutation($id: ID!) { takeBpjsStatus(input: { resultId: $id }) { person { nik status covered enrollment { kpj scheme programs } } errors { code } } }";

    private const string Consistent = "6101011708800051";
    private const string Renamed = "6101011708800052";
    private const string NonActive = "6101011708800053";
    private const string NotListed = "6101011708800054";
    private const string NotDeclared = "6101011708800055";
    private const string Unknown = "6101011708800099";

    private static readonly string List =
        "nik,nama,no_kpj,segmen,program,status,bulan_terakhir_bayar\n" +
        $"{Consistent},SITI  AMINAH,11110000001,PU,\"JKK,JKM\",aktif,2026-10\n" +
        $"{Renamed},Rahmawati,11110000002,PU,\"JKK,JKM\",aktif,2026-10\n" +
        $"{NonActive},Siti Aminah,11110000003,PU,\"JKK,JKM\",nonaktif,2025-03\n" +
        $"{NotDeclared},Siti Aminah,11110000005,BPU,\"JKK,JKM,JHT\",aktif,2026-11\n" +
        $"{Unknown},Budi Santoso,11110000009,BPU,\"JKK,JKM\",aktif,2026-11\n";

    public async Task InitializeAsync()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        foreach (var (nik, position) in new[] { (Consistent, "kepala_dusun"), (Renamed, "kepala_dusun"), (NonActive, "ketua_rt"), (NotListed, "ketua_rt") })
            Assert.Empty((await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(nik: nik, position: position))).ErrorCodes("addPerson"));
        var uncovered = new { input = new { villageCode = RosterOps.DalamKaum, fullName = "Siti Aminah", nik = NotDeclared, positionCode = "bpd_anggota", termStart = "2024-01-01" } };
        Assert.Empty((await village.SendAsync(RosterOps.AddPerson, uncovered)).ErrorCodes("addPerson"));
        var submitted = await village.SendAsync(RosterOps.Submit, new { village = RosterOps.DalamKaum });
        var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await (await app.SignInAsync("dpmd.sambas")).SendAsync(RosterOps.Approve, new { id })).ErrorCodes("approveSubmission"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Base64(string csv) => Convert.ToBase64String(Encoding.UTF8.GetBytes(csv));

    private static JsonElement Report(GraphQLResponse response) => response.Data.GetProperty("uploadBpjsParticipantList").GetProperty("report");

    private static (int, int, int, int, int) Groups(JsonElement groups) => (groups.GetProperty("consistent").GetInt32(),
        groups.GetProperty("declaredNotActive").GetInt32(), groups.GetProperty("activeNotDeclared").GetInt32(), groups.GetProperty("unmatched").GetInt32(),
        groups.TryGetProperty("mismatches", out var m) ? m.GetInt32() : 0);

    private static async Task<JsonElement> ViewAsync(GraphQLClient client, string region, string? group = null) =>
        (await client.SendAsync(View, new { r = region, g = group })).Data.GetProperty("bpjsReconciliation");

    [Fact]
    public async Task A_list_is_checked_all_or_nothing_reconciled_into_its_groups_and_kept_once()
    {
        var officer = await app.SignInAsync("bpjs.sambas");
        var broken = List + "610101170880,Tanpa NIK,,PU,JKK,aktif,\n" + $"{Unknown[..15]}8,Orang Lain,,PX,JKK,hidup,2026-13\n";
        var refused = Report(await officer.SendAsync(Upload, new { f = Base64(broken), dry = false, r = "61.01" }));
        Assert.True(refused.GetProperty("refused").GetBoolean());
        Assert.Equal(["7/nik/INVALID_NIK", "8/segmen/INVALID_SEGMENT", "8/status/INVALID_STATUS", "8/bulan_terakhir_bayar/INVALID_PERIOD"],
            refused.GetProperty("problems").EnumerateArray().Select(p => $"{p.GetProperty("line")}/{p.GetProperty("column").GetString()}/{p.GetProperty("code").GetString()}"));
        // A mistyped NIK is not repeated back: the province admin reads NIKs masked everywhere else.
        var mistyped = await (await app.SignInAsync("admin.kalbar")).SendAsync(Upload.Replace("problems { line column code }", "problems { line column code values { name value } }"),
            new { f = Base64(broken), dry = true, r = "61.01" });
        Assert.DoesNotContain("610101170880", mistyped.Body.GetRawText());
        Assert.Empty((await ViewAsync(officer, "61.01")).GetProperty("runs").EnumerateArray());

        var dryRun = Report(await officer.SendAsync(Upload, new { f = Base64(List), dry = true, r = "61.01" }));
        Assert.False(dryRun.GetProperty("applied").GetBoolean());
        Assert.Equal((2, 2, 1, 1, 1), Groups(dryRun.GetProperty("groups")));
        Assert.Empty((await ViewAsync(officer, "61.01")).GetProperty("runs").EnumerateArray());

        var applied = Report(await officer.SendAsync(Upload, new { f = Base64(List), dry = false, r = "61.01" }));
        Assert.True(applied.GetProperty("applied").GetBoolean());
        Assert.Equal(5, applied.GetProperty("participants").GetInt32());
        var regency = await ViewAsync(officer, "61.01");
        Assert.Equal((2, 2, 1, 1, 1), Groups(regency.GetProperty("groups")));
        // Down to the district: the unmatched participant belongs to the regency's list, not to a district.
        Assert.Equal((2, 2, 1, 0, 0), Groups(regency.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "61.01.01").GetProperty("groups")));
        var results = regency.GetProperty("results").GetProperty("nodes").EnumerateArray().ToDictionary(r => r.GetProperty("nik").GetString()!);
        Assert.Equal("CONSISTENT", results[Consistent].GetProperty("group").GetString());
        Assert.False(results[Consistent].GetProperty("nameMismatch").GetBoolean());
        Assert.True(results[Renamed].GetProperty("nameMismatch").GetBoolean());
        Assert.Equal("DECLARED_NOT_ACTIVE", results[NonActive].GetProperty("group").GetString());
        Assert.Equal(JsonValueKind.Null, results[NotListed].GetProperty("activeAtBpjs").ValueKind);
        Assert.Equal("ACTIVE_NOT_DECLARED", results[NotDeclared].GetProperty("group").GetString());
        Assert.Equal(("UNMATCHED", "61.01"), (results[Unknown].GetProperty("group").GetString(), results[Unknown].GetProperty("regionCode").GetString()));

        var again = Report(await officer.SendAsync(Upload, new { f = Base64(List), dry = false, r = "61.01" }));
        Assert.Equal("BPJS_LIST_ALREADY_UPLOADED", again.GetProperty("problems")[0].GetProperty("code").GetString());
        Assert.Single((await ViewAsync(officer, "61.01")).GetProperty("runs").EnumerateArray());

        await A_village_takes_the_bpjs_status_into_its_draft_and_submits_it(results[NotDeclared].GetProperty("id").GetString()!);
        await Coverage_reads_verified_beside_declared_over_the_listed_villages();
        await Readers_see_the_kpj_and_nik_as_their_role_allows();
        await The_export_is_complete_and_masked_as_the_pages_are();
        await The_file_is_deleted_after_its_retention_and_the_results_stay();
        await The_history_shows_how_the_village_moved_between_lists(results[NotDeclared].GetProperty("id").GetString()!);
    }

    private async Task The_history_shows_how_the_village_moved_between_lists(string olderResultId)
    {
        var officer = await app.SignInAsync("bpjs.sambas");
        var december = List.Replace($"{NonActive},Siti Aminah,11110000003,PU,\"JKK,JKM\",nonaktif,2025-03", $"{NonActive},Siti Aminah,11110000003,PU,\"JKK,JKM\",aktif,2026-12");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(1).ToString("yyyy-MM-dd");
        var future = await officer.SendAsync(Upload, new { f = Base64(december), dry = true, r = "61.01", asOf = tomorrow });
        Assert.Equal(["BPJS_LIST_DATE_FUTURE"], future.ErrorCodes("uploadBpjsParticipantList"));
        var applied = Report(await officer.SendAsync(Upload, new { f = Base64(december), dry = false, r = "61.01", asOf = "2026-12-01" }));
        Assert.True(applied.GetProperty("applied").GetBoolean());
        // The older list no longer speaks for the village: its statuses cannot be taken.
        Assert.Equal(["BPJS_LIST_SUPERSEDED"], (await (await app.SignInAsync("op.dalamkaum")).SendAsync(Take, new { id = olderResultId })).ErrorCodes("takeBpjsStatus"));
        var history = (await ViewAsync(await app.SignInAsync("op.dalamkaum"), RosterOps.DalamKaum)).GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("run").GetProperty("asOf").GetString(), h.GetProperty("groups").GetProperty("consistent").GetInt32()))
            .ToList();
        Assert.Equal([("2026-12-01", 3), ("2026-11-30", 2)], history);
    }

    private async Task Coverage_reads_verified_beside_declared_over_the_listed_villages()
    {
        const string Coverage = """
            query($r: String!) { coverage(regionCode: $r, year: 2026) { total { indicators { indicator { code } numerator verified {
              numerator declaredNumerator denominator villagesListed oldestList newestList } } } } }
            """;
        async Task<Dictionary<string, JsonElement>> IndicatorsAsync(string region) =>
            (await (await app.SignInAsync("dpmd.sambas")).SendAsync(Coverage, new { r = region })).Data.GetProperty("coverage").GetProperty("total")
            .GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("indicator").GetProperty("code").GetString()!);

        var village = await IndicatorsAsync(RosterOps.DalamKaum);
        // Of the people the roster declares covered, only those the list has active count as verified: the two kepala
        // dusun among the apparatus; the ketua RT non-active or not listed, and the BPD member active at BPJS but not
        // (yet) declared covered, do not.
        var apparatus = village["PERSON_COVERAGE_APARATUR_DESA"].GetProperty("verified");
        Assert.Equal((2, village["PERSON_COVERAGE_APARATUR_DESA"].GetProperty("numerator").GetInt32(), 1, "2026-11-30", "2026-11-30"),
            (apparatus.GetProperty("numerator").GetInt32(), apparatus.GetProperty("declaredNumerator").GetInt32(), apparatus.GetProperty("villagesListed").GetInt32(),
             apparatus.GetProperty("oldestList").GetString(), apparatus.GetProperty("newestList").GetString()));
        var ecosystem = village["PERSON_COVERAGE_EKOSISTEM_DESA"].GetProperty("verified");
        Assert.Equal((0, 2), (ecosystem.GetProperty("numerator").GetInt32(), ecosystem.GetProperty("declaredNumerator").GetInt32()));
        Assert.Equal(0, village["PERSON_COVERAGE_BPD"].GetProperty("verified").GetProperty("numerator").GetInt32());
        var registered = village["VILLAGE_REGISTRATION_APARATUR_DESA"].GetProperty("verified");
        Assert.Equal((1, 1), (registered.GetProperty("numerator").GetInt32(), registered.GetProperty("denominator").GetInt32()));
        Assert.Equal(JsonValueKind.Null, village["DATA_COMPLETENESS"].GetProperty("verified").ValueKind);

        // The regency's list covers every desa of the regency; another regency has none, so no verified reading at all.
        var regency = await IndicatorsAsync("61.01");
        var desa = (await (await app.SignInAsync("dpmd.sambas")).SendAsync("{ coverage(regionCode: \"61.01\", year: 2026) { total { villages } } }"))
            .Data.GetProperty("coverage").GetProperty("total").GetProperty("villages").GetInt32();
        Assert.Equal(desa, regency["PERSON_COVERAGE_BPD"].GetProperty("verified").GetProperty("villagesListed").GetInt32());
        var province = (await (await app.SignInAsync("admin.kalbar")).SendAsync(Coverage.Replace("total {", "byRegion { regionCode"), new { r = "61" }))
            .Data.GetProperty("coverage").GetProperty("byRegion").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "61.02");
        Assert.All(province.GetProperty("indicators").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("verified").ValueKind));

        // Each regency names the date of its own list, not its neighbour's.
        var mempawah = "nik,nama,no_kpj,segmen,program,status,bulan_terakhir_bayar\n6102019999990001,Orang Mempawah,,BPU,\"JKK,JKM\",aktif,2026-10\n";
        var admin = await app.SignInAsync("admin.kalbar");
        Assert.True(Report(await admin.SendAsync(Upload, new { f = Base64(mempawah), dry = false, r = "61.02", asOf = "2026-11-15" })).GetProperty("applied").GetBoolean());
        var dates = (await admin.SendAsync(Coverage.Replace("total {", "byRegion { regionCode"), new { r = "61" })).Data.GetProperty("coverage").GetProperty("byRegion")
            .EnumerateArray().Where(r => r.GetProperty("regionCode").GetString() is "61.01" or "61.02")
            .Select(r => r.GetProperty("indicators")[0].GetProperty("verified"))
            .Select(v => (v.GetProperty("oldestList").GetString(), v.GetProperty("newestList").GetString()));
        Assert.Equal([("2026-11-30", "2026-11-30"), ("2026-11-15", "2026-11-15")], dates);
    }

    private async Task A_village_takes_the_bpjs_status_into_its_draft_and_submits_it(string resultId)
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var taken = (await village.SendAsync(Take, new { id = resultId })).Data.GetProperty("takeBpjsStatus");
        Assert.Empty(taken.GetProperty("errors").EnumerateArray());
        var person = taken.GetProperty("person");
        Assert.Equal(("DRAFT", true, "11110000005", "BPU"), (person.GetProperty("status").GetString(), person.GetProperty("covered").GetBoolean(),
            person.GetProperty("enrollment").GetProperty("kpj").GetString(), person.GetProperty("enrollment").GetProperty("scheme").GetString()));
        Assert.Equal(["JKK", "JKM", "JHT"], person.GetProperty("enrollment").GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        var submitted = await village.SendAsync(RosterOps.Submit, new { village = RosterOps.DalamKaum });
        Assert.Empty(submitted.ErrorCodes("submitRoster"));
        Assert.Equal(1, submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("peopleCount").GetInt32());

        // Only the ACTIVE_NOT_DECLARED group can be taken, and only by the village's own operator.
        var consistent = (await ViewAsync(village, RosterOps.DalamKaum, "CONSISTENT")).GetProperty("results").GetProperty("nodes")[0].GetProperty("id").GetString();
        Assert.Equal(["BPJS_NOT_ACTIVE_UNDECLARED"], (await village.SendAsync(Take, new { id = consistent })).ErrorCodes("takeBpjsStatus"));
        var other = await app.SignInAsync("op.lubukdagang");
        Assert.Equal(["NOT_FOUND"], (await other.SendAsync(Take, new { id = resultId })).ErrorCodes("takeBpjsStatus"));
    }

    private async Task Readers_see_the_kpj_and_nik_as_their_role_allows()
    {
        string Kpj(JsonElement view, string nik) => view.GetProperty("results").GetProperty("nodes").EnumerateArray()
            .Single(r => r.GetProperty("nik").GetString()!.EndsWith(nik[12..], StringComparison.Ordinal) && r.GetProperty("bpjsName").GetString() == "Budi Santoso")
            .GetProperty("kpj").GetString()!;
        var officer = await ViewAsync(await app.SignInAsync("bpjs.sambas"), "61.01", "UNMATCHED");
        Assert.Equal("11110000009", Kpj(officer, Unknown));
        var province = await ViewAsync(await app.SignInAsync("admin.kalbar"), "61.01", "UNMATCHED");
        Assert.Equal("***", Kpj(province, Unknown));
        Assert.Equal("610101******0099", province.GetProperty("results").GetProperty("nodes")[0].GetProperty("nik").GetString());

        // The village's operator reads its own village's results only; another regency's staff, nothing.
        var village = await ViewAsync(await app.SignInAsync("op.dalamkaum"), RosterOps.DalamKaum);
        Assert.Equal(5, village.GetProperty("results").GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await (await app.SignInAsync("dpmd.mempawah")).SendAsync(View, new { r = "61.01" })).Data.GetProperty("bpjsReconciliation").ValueKind);
        var viewer = await (await app.SignInAsync("viewer.sambas")).SendAsync(View, new { r = "61.01" });
        Assert.Contains("AUTH_NOT_AUTHORIZED", viewer.Body.GetRawText());

        // On the roster too, the KPJ is personal like the NIK: whole to the village and the regency, hidden to readers of figures.
        const string Kpjs = "query($v: String!) { people(where: { villageCode: { eq: $v } }, first: 50) { nodes { enrollment { kpj } } } }";
        foreach (var (reader, whole) in new[] { ("op.dalamkaum", true), ("dpmd.sambas", true), ("viewer.sambas", false), ("bpjs.sambas", false) })
        {
            var people = (await (await app.SignInAsync(reader)).SendAsync(Kpjs, new { v = RosterOps.DalamKaum })).Data.GetProperty("people").GetProperty("nodes");
            var kpjs = people.EnumerateArray().Where(p => p.GetProperty("enrollment").ValueKind == JsonValueKind.Object)
                .Select(p => p.GetProperty("enrollment").GetProperty("kpj").GetString()!).ToList();
            Assert.NotEmpty(kpjs);
            Assert.All(kpjs, kpj => Assert.Equal(whole, kpj.All(char.IsAsciiDigit)));
            if (!whole) Assert.All(kpjs, kpj => Assert.Equal("***", kpj));
        }
    }

    private async Task The_export_is_complete_and_masked_as_the_pages_are()
    {
        const string Export = "/api/bpjs-reconciliation/export?region=61.01&format=csv";
        var officer = await (await app.SignInAsync("bpjs.sambas")).Http.GetStringAsync(Export);
        Assert.Equal(7, officer.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("11110000009", officer);
        var province = await (await app.SignInAsync("admin.kalbar")).Http.GetStringAsync(Export);
        Assert.DoesNotContain("11110000009", province);
        Assert.Contains("610101******0099", province);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync("viewer.sambas")).Http.GetAsync(Export)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("dpmd.mempawah")).Http.GetAsync(Export)).StatusCode);

        const string Template = "/api/bpjs-participants/template?format=csv";
        Assert.StartsWith("nik,nama,no_kpj", await (await app.SignInAsync("bpjs.sambas")).Http.GetStringAsync(Template));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync("dpmd.sambas")).Http.GetAsync(Template)).StatusCode);
    }

    private async Task The_file_is_deleted_after_its_retention_and_the_results_stay()
    {
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            var settings = scope.ServiceProvider.GetRequiredService<ReconciliationSettings>();
            Assert.Equal(90, settings.FileRetentionDays);
            Assert.Equal(0, await new ParticipantFileRetention(db, settings, new SettableClock(DateTime.UtcNow.AddDays(89))).DeleteExpiredAsync(CancellationToken.None));
            // Sambas's list and Mempawah's.
            Assert.Equal(2, await new ParticipantFileRetention(db, settings, new SettableClock(DateTime.UtcNow.AddDays(91))).DeleteExpiredAsync(CancellationToken.None));
        }
        var view = await ViewAsync(await app.SignInAsync("bpjs.sambas"), "61.01");
        Assert.False(view.GetProperty("runs")[0].GetProperty("fileKept").GetBoolean());
        Assert.Equal((2, 2, 1, 1, 1), Groups(view.GetProperty("groups")));
    }
}
