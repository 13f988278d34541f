using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Roster;

/// <summary>An applied import is audited by one summary that names every row it changed, with personal data masked.</summary>
public sealed class RosterImportAuditTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Import = """
        mutation($v: String!, $name: String!, $file: String!) {
          importRoster(input: { villageCode: $v, fileName: $name, fileBase64: $file, dryRun: false }) { report { applied } errors { code } }
        }
        """;

    private const string Trail = """
        query($entity: String!) { auditTrail(first: 200, where: { entity: { eq: $entity } }) { nodes { entityId regionCode action before after } } }
        """;

    private const string Header = "nik,nama_lengkap,jenis_kelamin,tanggal_lahir,kode_jabatan,mulai_jabatan,no_kpj,skema,program,mulai_kepesertaan\n";
    private const string First = Header
        + "6101011708800061,Dewi Lestari,P,17/08/1980,kepala_dusun,01/01/2024,11122233344,BPU,JKK JKM,01/02/2024\n"
        + "6101011708800062,Eko Prasetyo,L,17/08/1981,kepala_dusun,01/01/2024,11122233355,BPU,JKK JKM,01/02/2024\n"
        + "6101011708800063,Fajar Nugroho,L,17/08/1982,linmas,01/01/2024,,,,\n";

    [Fact]
    public async Task An_applied_import_is_one_audit_summary_naming_each_changed_row_and_no_entry_per_person_or_enrollment()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var file = Encoding.UTF8.GetBytes(First);
        await ImportAsync(village, "pertama.csv", file);
        var changed = First.Replace("Dewi Lestari,P,17/08/1980", "Dewi Lestari Putri,P,18/08/1980").Replace("11122233344", "11122233399");
        await ImportAsync(village, "kedua.csv", Encoding.UTF8.GetBytes(changed));
        await ImportAsync(village, "kedua.csv", Encoding.UTF8.GetBytes(changed));

        var province = await app.SignInAsync("admin.kalbar");
        var summaries = (await TrailAsync(province, "RosterImport")).Where(e => e.GetProperty("regionCode").GetString() == RosterOps.LubukDagang).ToList();
        Assert.Equal(["kedua.csv", "pertama.csv"], summaries.Select(e => e.GetProperty("entityId").GetString()).Order());
        var first = After(summaries.Single(e => e.GetProperty("entityId").GetString() == "pertama.csv"));
        Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(file)), 3, 3), (first.GetProperty("sha256").GetString(),
            first.GetProperty("rows").GetInt32(), first.GetProperty("added").GetInt32()));
        var entries = first.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["610101******0061", "610101******0062", "610101******0063"], entries.Select(e => e.GetProperty("Nik").GetString()));
        Assert.All(entries, e => Assert.Equal("ADDED", e.GetProperty("Kind").GetString()));

        var second = After(summaries.Single(e => e.GetProperty("entityId").GetString() == "kedua.csv"));
        var change = second.GetProperty("entries").EnumerateArray().Single();
        Assert.Equal((2, 1, "CHANGED"), (second.GetProperty("unchanged").GetInt32(), second.GetProperty("changed").GetInt32(), change.GetProperty("Kind").GetString()));
        Assert.Equal(entries[0].GetProperty("EntryId").GetString(), change.GetProperty("EntryId").GetString());
        var fields = change.GetProperty("Fields");
        Assert.Equal(["Dewi Lestari", "Dewi Lestari Putri"], fields.GetProperty("fullName").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["***", "***"], fields.GetProperty("birthDate").EnumerateArray().Select(v => v.GetString()));
        // The KPJ is personal like the NIK: the summary keeps that it changed, not the numbers.
        Assert.Equal(["***", "***"], fields.GetProperty("enrollment.kpj").EnumerateArray().Select(v => v.GetString()));

        var ids = entries.Select(e => e.GetProperty("Id").GetString()).Append(change.GetProperty("Id").GetString()).ToHashSet();
        Assert.DoesNotContain(await TrailAsync(province, "Person"), e => ids.Contains(e.GetProperty("entityId").GetString()));
        Assert.DoesNotContain(await TrailAsync(province, "Enrollment"), e => ids.Contains(e.GetProperty("entityId").GetString()));
        var trail = await province.SendAsync("""{ auditTrail(first: 200) { nodes { before after } } }""");
        Assert.DoesNotContain("6101011708800061", trail.Body.GetRawText());
        Assert.DoesNotContain("11122233399", trail.Body.GetRawText());
    }

    [Fact]
    public async Task A_person_added_by_form_is_one_entry_with_the_enrollment_inside()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var added = await village.SendAsync(RosterOps.AddPerson, RosterOps.Person(nik: "6101011708900071", position: "ketua_rt"));
        var personId = added.Data.GetProperty("addPerson").GetProperty("person").GetProperty("id").GetString();

        var province = await app.SignInAsync("admin.kalbar");
        var entry = (await TrailAsync(province, "Person")).Single(e => e.GetProperty("entityId").GetString() == personId);
        // The KPJ is personal like the NIK: the audit keeps that it was given, not the number.
        Assert.Equal(("Added", "***", "61.01.01.2001"), (entry.GetProperty("action").GetString(),
            After(entry).GetProperty("Enrollment.Kpj").GetString(), entry.GetProperty("regionCode").GetString()));
        Assert.Empty(await TrailAsync(province, "Enrollment"));
    }

    private static async Task ImportAsync(GraphQLClient client, string name, byte[] file)
    {
        var response = await client.SendAsync(Import, new { v = RosterOps.LubukDagang, name, file = Convert.ToBase64String(file) });
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Empty(response.ErrorCodes("importRoster"));
    }

    private static async Task<List<JsonElement>> TrailAsync(GraphQLClient client, string entity) =>
        (await client.SendAsync(Trail, new { entity })).Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();

    private static JsonElement After(JsonElement entry) => JsonDocument.Parse(entry.GetProperty("after").GetString()!).RootElement;
}
