using System.Text;
using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Reconciliation;

/// <summary>
/// BPJS is read as the roster reads an enrollment: a participant listed <c>aktif</c> protects only with JKK and JKM. Two
/// people of Dalam Kaum declared covered (one listed active with JKK alone, one with every programme) and two not
/// declared (the same two ways).
/// </summary>
public sealed class ProtectedAtBpjsTests(DesaApp app) : IClassFixture<DesaApp>, IAsyncLifetime
{
    private const string Upload = """
        mutation($f: String!) {
          uploadBpjsParticipantList(input: { regionCode: "61.01", asOf: "2026-11-30", fileName: "peserta.csv", fileBase64: $f, dryRun: false }) {
            report { applied participants }
            errors { code }
          }
        }
        """;

    private const string View = """
        query {
          bpjsReconciliation(regionCode: "61.01.01.2001") {
            groups { consistent declaredNotActive activeNotDeclared notActiveNotDeclared unmatched }
            results(take: 100) { nodes { id nik group activeAtBpjs protectedAtBpjs programs } }
          }
        }
        """;

    private const string Coverage = """
        query { coverage(regionCode: "61.01.01.2001", year: 2026) { total { indicators { indicator { code } numerator verified { numerator declaredNumerator } } } } }
        """;

    private const string CoveredJkkOnly = "6101011708800081";
    private const string CoveredEveryProgram = "6101011708800082";
    private const string UncoveredJkkOnly = "6101011708800083";
    private const string UncoveredJkkJkm = "6101011708800084";

    private static readonly string List =
        "nik,nama,no_kpj,segmen,program,status,bulan_terakhir_bayar\n" +
        $"{CoveredJkkOnly},Siti Aminah,11110000081,PU,JKK,aktif,2026-10\n" +
        $"{CoveredEveryProgram},Siti Aminah,11110000082,PU,\"JKK,JKM,JHT,JP\",aktif,2026-10\n" +
        $"{UncoveredJkkOnly},Siti Aminah,11110000083,BPU,JKK,aktif,2026-11\n" +
        $"{UncoveredJkkJkm},Siti Aminah,11110000084,BPU,\"JKM,JKK\",aktif,2026-11\n";

    public async Task InitializeAsync()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var people = new[] { RosterOps.Person(nik: CoveredJkkOnly), RosterOps.Person(nik: CoveredEveryProgram), Uncovered(UncoveredJkkOnly), Uncovered(UncoveredJkkJkm) };
        foreach (var person in people) Assert.Empty((await village.SendAsync(RosterOps.AddPerson, person)).ErrorCodes("addPerson"));
        var id = (await village.SendAsync(RosterOps.Submit, new { village = RosterOps.DalamKaum })).Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await (await app.SignInAsync("dpmd.sambas")).SendAsync(RosterOps.Approve, new { id })).ErrorCodes("approveSubmission"));
        var uploaded = (await (await app.SignInAsync("bpjs.sambas")).SendAsync(Upload, new { f = Convert.ToBase64String(Encoding.UTF8.GetBytes(List)) }))
            .Data.GetProperty("uploadBpjsParticipantList").GetProperty("report");
        Assert.Equal((true, 4), (uploaded.GetProperty("applied").GetBoolean(), uploaded.GetProperty("participants").GetInt32()));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Uncovered(string nik) =>
        new { input = new { villageCode = RosterOps.DalamKaum, fullName = "Siti Aminah", nik, positionCode = "bpd_anggota", termStart = "2024-01-01" } };

    [Fact]
    public async Task Active_at_BPJS_with_JKK_alone_is_neither_consistent_nor_verified()
    {
        var view = (await (await app.SignInAsync("bpjs.sambas")).SendAsync(View)).Data.GetProperty("bpjsReconciliation");
        var results = view.GetProperty("results").GetProperty("nodes").EnumerateArray().ToDictionary(r => r.GetProperty("nik").GetString()!);
        (string?, bool, bool) Read(string nik) => (results[nik].GetProperty("group").GetString(), results[nik].GetProperty("activeAtBpjs").GetBoolean(),
            results[nik].GetProperty("protectedAtBpjs").GetBoolean());
        Assert.Equal(("DECLARED_NOT_ACTIVE", true, false), Read(CoveredJkkOnly));
        Assert.Equal(("CONSISTENT", true, true), Read(CoveredEveryProgram));
        // Not declared and active with JKK alone: taking that status would not cover the person, so it is not offered.
        Assert.Equal(("NOT_ACTIVE_NOT_DECLARED", true, false), Read(UncoveredJkkOnly));
        Assert.Equal(("ACTIVE_NOT_DECLARED", true, true), Read(UncoveredJkkJkm));
        Assert.Equal("JKK", results[CoveredJkkOnly].GetProperty("programs").GetString());

        // Each of the four in one group; the village's seeded roster adds covered people the list does not name.
        var groups = view.GetProperty("groups");
        Assert.Equal((1, 1, 0), (groups.GetProperty("consistent").GetInt32(), groups.GetProperty("activeNotDeclared").GetInt32(), groups.GetProperty("unmatched").GetInt32()));
        Assert.Equal(1, groups.GetProperty("notActiveNotDeclared").GetInt32());
        Assert.Equal(results.Values.Count(r => r.GetProperty("group").GetString() == "DECLARED_NOT_ACTIVE"), groups.GetProperty("declaredNotActive").GetInt32());

        var village = await app.SignInAsync("op.dalamkaum");
        var take = "mutation($id: ID!) { takeBpjsStatus(input: { resultId: $id }) { person { covered } errors { code } } }";
        Assert.Equal(["BPJS_NOT_ACTIVE_UNDECLARED"], (await village.SendAsync(take, new { id = results[UncoveredJkkOnly].GetProperty("id").GetString() })).ErrorCodes("takeBpjsStatus"));

        // Verified coverage counts the covered person listed with every programme, not the one with JKK alone.
        var indicators = (await (await app.SignInAsync("dpmd.sambas")).SendAsync(Coverage)).Data.GetProperty("coverage").GetProperty("total")
            .GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("indicator").GetProperty("code").GetString()!);
        var apparatus = indicators["PERSON_COVERAGE_APARATUR_DESA"];
        Assert.Equal((1, apparatus.GetProperty("numerator").GetInt32()),
            (apparatus.GetProperty("verified").GetProperty("numerator").GetInt32(), apparatus.GetProperty("verified").GetProperty("declaredNumerator").GetInt32()));
        Assert.True(apparatus.GetProperty("numerator").GetInt32() >= 2);
        Assert.Equal(0, indicators["PERSON_COVERAGE_BPD"].GetProperty("verified").GetProperty("numerator").GetInt32());
    }
}
