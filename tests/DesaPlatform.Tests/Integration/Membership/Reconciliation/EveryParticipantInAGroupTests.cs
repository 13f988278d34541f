using System.Text;
using System.Text.Json;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Reconciliation;

/// <summary>
/// Every participant of a list falls in one group: a former official of Dalam Kaum among the unmatched (marked with the
/// village and the end of the term), someone in office, not covered and non-active at BPJS in a group of their own (a
/// lapsed membership, not consistent) — beside the other groups and a covered person the list does not name. A birth
/// date the list writes differently is flagged.
/// </summary>
public sealed class EveryParticipantInAGroupTests(DesaApp app) : IClassFixture<DesaApp>, IAsyncLifetime
{
    private const string Upload = """
        mutation($f: String!) {
          uploadBpjsParticipantList(input: { regionCode: "61.01", asOf: "2026-11-30", fileName: "peserta.csv", fileBase64: $f, dryRun: false }) {
            report { applied participants groups { consistent declaredNotActive activeNotDeclared notActiveNotDeclared unmatched mismatches } }
            errors { code }
          }
        }
        """;

    private const string View = """
        query($r: String!) {
          bpjsReconciliation(regionCode: $r) {
            runs { participants }
            groups { consistent declaredNotActive activeNotDeclared notActiveNotDeclared unmatched mismatches }
            regions { regionCode groups { notActiveNotDeclared } }
            history { groups { consistent notActiveNotDeclared } }
            results(take: 100) { totalCount nodes { id nik group activeAtBpjs birthDateMismatch formerOfficial { villageCode villageName termEnd } } }
            lapsed: results(group: NOT_ACTIVE_NOT_DECLARED) { nodes { nik } }
          }
        }
        """;

    private const string BornAsListed = "6101011708800071";
    private const string BornOtherwise = "6101011708800072";
    private const string Former = "6101011708800073";
    private const string UncoveredNonActive = "6101011708800074";
    private const string ActiveWithoutKpj = "6101011708800075";
    private const string NotListed = "6101011708800076";
    private const string Unknown = "6101011708800099";

    // The roster takes the birth date from the NIK: 17 August 1980 for all of them.
    private static readonly string List =
        "nik,nama,no_kpj,segmen,program,status,bulan_terakhir_bayar,tanggal_lahir\n" +
        $"{BornAsListed},Siti Aminah,11110000071,PU,\"JKK,JKM\",aktif,2026-10,17/08/1980\n" +
        $"{BornOtherwise},Siti Aminah,11110000072,PU,\"JKK,JKM\",aktif,2026-10,18/08/1980\n" +
        $"{Former},Siti Aminah,11110000073,PU,\"JKK,JKM\",aktif,2026-10,\n" +
        $"{UncoveredNonActive},Siti Aminah,11110000074,BPU,\"JKK,JKM\",nonaktif,2024-05,\n" +
        $"{ActiveWithoutKpj},Siti Aminah,,BPU,\"JKK,JKM\",aktif,2026-11,\n" +
        $"{Unknown},Budi Santoso,11110000099,BPU,\"JKK,JKM\",aktif,2026-11,\n";

    public async Task InitializeAsync()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var people = new[]
        {
            RosterOps.Person(nik: BornAsListed), RosterOps.Person(nik: BornOtherwise), RosterOps.Person(nik: NotListed, position: "ketua_rt"),
            RosterOps.Person(nik: Former, termStart: "2019-01-01", termEnd: "2025-12-31"),
            Uncovered(UncoveredNonActive), Uncovered(ActiveWithoutKpj),
        };
        foreach (var person in people) Assert.Empty((await village.SendAsync(RosterOps.AddPerson, person)).ErrorCodes("addPerson"));
        var id = (await village.SendAsync(RosterOps.Submit, new { village = RosterOps.DalamKaum })).Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await (await app.SignInAsync("dpmd.sambas")).SendAsync(RosterOps.Approve, new { id })).ErrorCodes("approveSubmission"));
        var uploaded = (await (await app.SignInAsync("bpjs.sambas")).SendAsync(Upload, new { f = Convert.ToBase64String(Encoding.UTF8.GetBytes(List)) }))
            .Data.GetProperty("uploadBpjsParticipantList").GetProperty("report");
        Assert.True(uploaded.GetProperty("applied").GetBoolean());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Uncovered(string nik) =>
        new { input = new { villageCode = RosterOps.DalamKaum, fullName = "Siti Aminah", nik, positionCode = "bpd_anggota", termStart = "2024-01-01" } };

    private async Task<JsonElement> ViewAsync(string region = "61.01") =>
        (await (await app.SignInAsync("bpjs.sambas")).SendAsync(View, new { r = region })).Data.GetProperty("bpjsReconciliation");

    private static Dictionary<string, JsonElement> Results(JsonElement view) =>
        view.GetProperty("results").GetProperty("nodes").EnumerateArray().ToDictionary(r => r.GetProperty("nik").GetString()!);

    [Fact]
    public async Task The_groups_hold_each_participant_once_and_the_covered_people_the_list_does_not_name()
    {
        var view = await ViewAsync();

        var groups = view.GetProperty("groups");
        Assert.Equal((2, 1, 1, 1, 2, 1), (groups.GetProperty("consistent").GetInt32(), groups.GetProperty("declaredNotActive").GetInt32(),
            groups.GetProperty("activeNotDeclared").GetInt32(), groups.GetProperty("notActiveNotDeclared").GetInt32(), groups.GetProperty("unmatched").GetInt32(),
            groups.GetProperty("mismatches").GetInt32()));

        var results = view.GetProperty("results").GetProperty("nodes").EnumerateArray().ToList();
        var listed = results.Where(r => r.GetProperty("activeAtBpjs").ValueKind != JsonValueKind.Null).Select(r => r.GetProperty("nik").GetString()).ToList();
        var participants = view.GetProperty("runs")[0].GetProperty("participants").GetInt32();
        Assert.Equal(6, participants);
        Assert.Equal(participants, listed.Distinct().Count());
        Assert.Equal(participants, listed.Count);
        // The groups add up to the list's participants and the covered people the list does not name.
        var sum = new[] { "consistent", "declaredNotActive", "activeNotDeclared", "notActiveNotDeclared", "unmatched" }.Sum(g => groups.GetProperty(g).GetInt32());
        Assert.Equal(participants + results.Count(r => r.GetProperty("activeAtBpjs").ValueKind == JsonValueKind.Null), sum);
        Assert.Equal([NotListed], results.Where(r => r.GetProperty("activeAtBpjs").ValueKind == JsonValueKind.Null).Select(r => r.GetProperty("nik").GetString()));

        var byNik = Results(view);
        Assert.Equal("ACTIVE_NOT_DECLARED", byNik[ActiveWithoutKpj].GetProperty("group").GetString());
        Assert.Equal(JsonValueKind.Null, byNik[Unknown].GetProperty("formerOfficial").ValueKind);
        Assert.Equal(JsonValueKind.Null, byNik[BornAsListed].GetProperty("formerOfficial").ValueKind);

        await A_lapsed_membership_is_a_group_of_its_own_wherever_the_groups_are_read(view, byNik[UncoveredNonActive]);
        await A_former_official_at_BPJS_is_unmatched_and_marked_with_the_village_and_the_end_of_the_term(byNik[Former]);
        A_birth_date_the_list_writes_otherwise_is_flagged_on_the_match(byNik);
        await A_status_without_a_KPJ_in_the_list_or_the_roster_is_not_taken_and_nothing_is_staged(byNik[ActiveWithoutKpj].GetProperty("id").GetString()!);
    }

    private async Task A_lapsed_membership_is_a_group_of_its_own_wherever_the_groups_are_read(JsonElement view, JsonElement lapsed)
    {
        Assert.Equal(("NOT_ACTIVE_NOT_DECLARED", false), (lapsed.GetProperty("group").GetString(), lapsed.GetProperty("activeAtBpjs").GetBoolean()));
        Assert.Equal([UncoveredNonActive], view.GetProperty("lapsed").GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("nik").GetString()));
        Assert.Equal(1, view.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "61.01.01")
            .GetProperty("groups").GetProperty("notActiveNotDeclared").GetInt32());
        var history = view.GetProperty("history").EnumerateArray().Single().GetProperty("groups");
        Assert.Equal((2, 1), (history.GetProperty("consistent").GetInt32(), history.GetProperty("notActiveNotDeclared").GetInt32()));

        // The village reads it too, and the consistent there are only the covered people active at BPJS.
        var village = (await ViewAsync(RosterOps.DalamKaum)).GetProperty("groups");
        Assert.Equal((2, 1), (village.GetProperty("consistent").GetInt32(), village.GetProperty("notActiveNotDeclared").GetInt32()));

        var export = await (await app.SignInAsync("bpjs.sambas")).Http.GetStringAsync("/api/bpjs-reconciliation/export?region=61.01&format=csv");
        Assert.StartsWith($"tidak_aktif_di_bpjs_belum_tercatat,{RosterOps.DalamKaum},{UncoveredNonActive},",
            export.Split('\n').Single(l => l.Contains(UncoveredNonActive, StringComparison.Ordinal)));
        // In the page's order of the groups, not alphabetically by their names.
        var groups = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[..l.IndexOf(',')]).Distinct().ToList();
        Assert.Equal(["sesuai", "tercatat_terlindungi_tidak_aktif_di_bpjs", "aktif_di_bpjs_belum_tercatat", "tidak_aktif_di_bpjs_belum_tercatat", "di_bpjs_tidak_menjabat"], groups);
    }

    private async Task A_former_official_at_BPJS_is_unmatched_and_marked_with_the_village_and_the_end_of_the_term(JsonElement former)
    {
        Assert.Equal("UNMATCHED", former.GetProperty("group").GetString());
        var office = former.GetProperty("formerOfficial");
        Assert.Equal((RosterOps.DalamKaum, "Dalam Kaum", "2025-12-31"),
            (office.GetProperty("villageCode").GetString(), office.GetProperty("villageName").GetString(), office.GetProperty("termEnd").GetString()));

        var export = await (await app.SignInAsync("bpjs.sambas")).Http.GetStringAsync("/api/bpjs-reconciliation/export?region=61.01&format=csv");
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",mantan_pejabat_desa,masa_jabatan_berakhir", lines[0].TrimEnd('\r'));
        Assert.EndsWith($",{RosterOps.DalamKaum},2025-12-31", lines.Single(l => l.Contains(Former, StringComparison.Ordinal)).TrimEnd('\r'));
        Assert.EndsWith(",,", lines.Single(l => l.Contains(Unknown, StringComparison.Ordinal)).TrimEnd('\r'));
    }

    private static void A_birth_date_the_list_writes_otherwise_is_flagged_on_the_match(Dictionary<string, JsonElement> results)
    {
        Assert.True(results[BornOtherwise].GetProperty("birthDateMismatch").GetBoolean());
        Assert.False(results[BornAsListed].GetProperty("birthDateMismatch").GetBoolean());
        Assert.Equal(("CONSISTENT", "CONSISTENT"), (results[BornOtherwise].GetProperty("group").GetString(), results[BornAsListed].GetProperty("group").GetString()));
    }

    private async Task A_status_without_a_KPJ_in_the_list_or_the_roster_is_not_taken_and_nothing_is_staged(string result)
    {
        const string Take = "mutation($id: ID!) { takeBpjsStatus(input: { resultId: $id }) { person { id } errors { code } } }";
        Assert.Equal(["BPJS_KPJ_MISSING"], (await (await app.SignInAsync("op.dalamkaum")).SendAsync(Take, new { id = result })).ErrorCodes("takeBpjsStatus"));

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        Assert.False(await db.People.AnyAsync(p => p.RegionCode == RosterOps.DalamKaum && p.Status == RosterStatus.Draft));
    }
}
