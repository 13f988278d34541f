using System.Text;
using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Reconciliation;

/// <summary>
/// A village's history says who moved: between two lists one covered person of Dalam Kaum stops being active at BPJS
/// and one not declared becomes protected there; everyone else stays in their group and is not listed.
/// </summary>
public sealed class GroupMovesTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Upload = """
        mutation($f: String!, $asOf: String!) {
          uploadBpjsParticipantList(input: { regionCode: "61.01", asOf: $asOf, fileName: "peserta.csv", fileBase64: $f, dryRun: false }) {
            report { applied } errors { code }
          }
        }
        """;

    private const string Moves = """
        query($run: ID) {
          bpjsReconciliation(regionCode: "61.01.01.2001", runId: $run) {
            runs { id asOf }
            moves { since { asOf } totalCount nodes { regionCode name nik from to } }
          }
        }
        """;

    private const string Leaving = "6101011708800091";
    private const string Joining = "6101011708800092";
    private const string Header = "nik,nama,no_kpj,segmen,program,status,bulan_terakhir_bayar\n";

    [Fact]
    public async Task The_history_names_who_changed_group_since_the_list_before()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        object[] people =
        [
            RosterOps.Person(nik: Leaving),
            new { input = new { villageCode = RosterOps.DalamKaum, fullName = "Siti Aminah", nik = Joining, positionCode = "bpd_anggota", termStart = "2024-01-01" } },
        ];
        foreach (var person in people) Assert.Empty((await village.SendAsync(RosterOps.AddPerson, person)).ErrorCodes("addPerson"));
        var id = (await village.SendAsync(RosterOps.Submit, new { village = RosterOps.DalamKaum })).Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await (await app.SignInAsync("dpmd.sambas")).SendAsync(RosterOps.Approve, new { id })).ErrorCodes("approveSubmission"));

        var officer = await app.SignInAsync("bpjs.sambas");
        await UploadAsync(officer, "2026-11-15", $"{Leaving},Ahmad,11110000091,PU,\"JKK,JKM\",aktif,2026-10\n{Joining},Siti Aminah,11110000092,BPU,\"JKK,JKM\",nonaktif,2026-05\n");
        var single = (await officer.SendAsync(Moves, new { run = (string?)null })).Data.GetProperty("bpjsReconciliation").GetProperty("moves");
        Assert.Equal(("Null", 0), (single.GetProperty("since").ValueKind.ToString(), single.GetProperty("totalCount").GetInt32()));

        await UploadAsync(officer, "2026-11-30", $"{Leaving},Ahmad,11110000091,PU,\"JKK,JKM\",nonaktif,2026-10\n{Joining},Siti Aminah,11110000092,BPU,\"JKK,JKM\",aktif,2026-11\n");
        var view = (await officer.SendAsync(Moves, new { run = (string?)null })).Data.GetProperty("bpjsReconciliation");
        var moves = view.GetProperty("moves");
        Assert.Equal(("2026-11-15", 2), (moves.GetProperty("since").GetProperty("asOf").GetString(), moves.GetProperty("totalCount").GetInt32()));
        var byNik = moves.GetProperty("nodes").EnumerateArray()
            .ToDictionary(m => m.GetProperty("nik").GetString()!, m => (m.GetProperty("regionCode").GetString(), m.GetProperty("from").GetString(), m.GetProperty("to").GetString()));
        Assert.Equal((RosterOps.DalamKaum, "CONSISTENT", "DECLARED_NOT_ACTIVE"), byNik[Leaving]);
        Assert.Equal((RosterOps.DalamKaum, "NOT_ACTIVE_NOT_DECLARED", "ACTIVE_NOT_DECLARED"), byNik[Joining]);

        // The older run chosen: nothing before it to compare with.
        var older = view.GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("asOf").GetString() == "2026-11-15").GetProperty("id").GetString();
        var fromOlder = (await officer.SendAsync(Moves, new { run = older })).Data.GetProperty("bpjsReconciliation").GetProperty("moves");
        Assert.Equal(0, fromOlder.GetProperty("totalCount").GetInt32());
    }

    private static async Task UploadAsync(GraphQLClient officer, string asOf, string rows)
    {
        var response = await officer.SendAsync(Upload, new { f = Convert.ToBase64String(Encoding.UTF8.GetBytes(Header + rows)), asOf });
        Assert.True(response.Data.GetProperty("uploadBpjsParticipantList").GetProperty("report").GetProperty("applied").GetBoolean(), response.Body.ToString());
    }
}
