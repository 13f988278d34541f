using System.Text;
using System.Text.Json;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Reconciliation;

/// <summary>
/// The province reads each village against the newest list covering it: Sambas's list of November speaks for Dalam
/// Kaum, the province's older list of October for Sengkubang (Mempawah), and before the province's list came Mempawah
/// was left out and said so.
/// </summary>
public sealed class NewestListPerVillageTests(DesaApp app) : IClassFixture<DesaApp>, IAsyncLifetime
{
    private const string Upload = """
        mutation($f: String!, $r: String!, $asOf: String!) {
          uploadBpjsParticipantList(input: { regionCode: $r, asOf: $asOf, fileName: "peserta.csv", fileBase64: $f, dryRun: false }) { report { applied listId } errors { code } }
        }
        """;

    private const string View = """
        query($r: String!, $run: ID) {
          bpjsReconciliation(regionCode: $r, runId: $run) {
            run { id }
            basedOn { run { regionCode asOf } villages }
            villages villagesWithoutList
            groups { consistent declaredNotActive activeNotDeclared unmatched }
            regions { regionCode groups { consistent declaredNotActive activeNotDeclared unmatched } }
            results(take: 100) { totalCount nodes { nik group } }
          }
        }
        """;

    private const string InSambas = "6101011708800061";
    private const string InMempawah = "6102011708800062";
    private const string UnknownToProvince = "6101011708800098";
    private const string UnknownToSambas = "6101011708800099";
    private const string Header = "nik,nama,no_kpj,segmen,program,status,bulan_terakhir_bayar\n";

    public async Task InitializeAsync()
    {
        foreach (var (village, op, staff, nik) in new[] { (RosterOps.DalamKaum, "op.dalamkaum", "dpmd.sambas", InSambas), (RosterOps.Sengkubang, "op.sengkubang", "dpmd.mempawah", InMempawah) })
        {
            var id = await RosterOps.AddAndSubmitAsync(await app.SignInAsync(op), village, nik);
            Assert.Empty((await (await app.SignInAsync(staff)).SendAsync(RosterOps.Approve, new { id })).ErrorCodes("approveSubmission"));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Row(string nik, string status) => $"{nik},Siti Aminah,,PU,\"JKK,JKM\",{status},2026-10\n";

    private async Task<string> UploadAsync(GraphQLClient admin, string region, string asOf, string csv)
    {
        var report = (await admin.SendAsync(Upload, new { f = Convert.ToBase64String(Encoding.UTF8.GetBytes(Header + csv)), r = region, asOf }))
            .Data.GetProperty("uploadBpjsParticipantList").GetProperty("report");
        Assert.True(report.GetProperty("applied").GetBoolean());
        return report.GetProperty("listId").GetString()!;
    }

    private static async Task<JsonElement> ViewAsync(GraphQLClient client, string region, string? run = null) =>
        (await client.SendAsync(View, new { r = region, run })).Data.GetProperty("bpjsReconciliation");

    private static (int, int, int, int) Groups(JsonElement groups) => (groups.GetProperty("consistent").GetInt32(),
        groups.GetProperty("declaredNotActive").GetInt32(), groups.GetProperty("activeNotDeclared").GetInt32(), groups.GetProperty("unmatched").GetInt32());

    private static (int, int, int, int) RegionGroups(JsonElement view, string region) =>
        Groups(view.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == region).GetProperty("groups"));

    private static List<(string?, string?, int)> BasedOn(JsonElement view) => view.GetProperty("basedOn").EnumerateArray()
        .Select(b => (b.GetProperty("run").GetProperty("regionCode").GetString(), b.GetProperty("run").GetProperty("asOf").GetString(), b.GetProperty("villages").GetInt32()))
        .ToList();

    private async Task<IReadOnlyDictionary<string, int>> DesaAsync()
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        return await scope.ServiceProvider.GetRequiredService<IRegionDirectory>().CountDesaAsync("61", 5, CancellationToken.None);
    }

    [Fact]
    public async Task Each_village_is_read_against_its_own_newest_list()
    {
        var desa = await DesaAsync();
        var province = desa.Values.Sum();
        var admin = await app.SignInAsync("admin.kalbar");
        await UploadAsync(admin, "61.01", "2026-11-30", Row(InSambas, "nonaktif") + Row(UnknownToSambas, "aktif"));

        // Sambas's list alone: the province's figures speak for Sambas's desa, and say how many are left out.
        var sambasOnly = await ViewAsync(admin, "61");
        Assert.Equal([("61.01", "2026-11-30", desa["61.01"])], BasedOn(sambasOnly));
        Assert.Equal((province, province - desa["61.01"]), (sambasOnly.GetProperty("villages").GetInt32(), sambasOnly.GetProperty("villagesWithoutList").GetInt32()));
        Assert.Equal((0, 1, 0, 1), Groups(sambasOnly.GetProperty("groups")));

        var provinceList = await UploadAsync(admin, "61", "2026-10-31", Row(InSambas, "aktif") + Row(InMempawah, "aktif") + Row(UnknownToProvince, "aktif"));
        var latest = await ViewAsync(admin, "61");
        Assert.Equal(JsonValueKind.Null, latest.GetProperty("run").ValueKind);
        Assert.Equal([("61.01", "2026-11-30", desa["61.01"]), ("61", "2026-10-31", province - desa["61.01"])], BasedOn(latest));
        Assert.Equal(0, latest.GetProperty("villagesWithoutList").GetInt32());
        // Dalam Kaum from Sambas's newer list (non-active), Sengkubang from the province's; the unmatched of both lists.
        Assert.Equal((1, 1, 0, 2), Groups(latest.GetProperty("groups")));
        Assert.Equal((0, 1, 0, 1), RegionGroups(latest, "61.01"));
        Assert.Equal((1, 0, 0, 0), RegionGroups(latest, "61.02"));
        Assert.Equal(4, latest.GetProperty("results").GetProperty("totalCount").GetInt32());
        var export = await admin.Http.GetStringAsync("/api/bpjs-reconciliation/export?region=61&format=csv");
        Assert.Equal(5, export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // Mempawah reads the province's list: its own village; the province's unmatched participants stay with the province.
        var mempawah = await ViewAsync(await app.SignInAsync("dpmd.mempawah"), "61.02");
        Assert.Equal([("61", "2026-10-31", desa["61.02"])], BasedOn(mempawah));
        Assert.Equal((1, 0, 0, 0), Groups(mempawah.GetProperty("groups")));

        // One run asked for: that run whole, the counts, regions, results and export with it.
        var run = await ViewAsync(admin, "61", provinceList);
        Assert.Equal(provinceList, run.GetProperty("run").GetProperty("id").GetString());
        Assert.Equal([("61", "2026-10-31", province)], BasedOn(run));
        Assert.Equal((2, 0, 0, 1), Groups(run.GetProperty("groups")));
        Assert.Equal((1, 0, 0, 0), RegionGroups(run, "61.01"));
        Assert.Equal(3, run.GetProperty("results").GetProperty("totalCount").GetInt32());
        var runExport = await admin.Http.GetStringAsync($"/api/bpjs-reconciliation/export?region=61&run={provinceList}&format=csv");
        Assert.Equal(4, runExport.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("tercatat_terlindungi_tidak_aktif_di_bpjs", runExport);
    }
}
