using System.Text;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Roster;

/// <summary>
/// No import quietly takes away what a person has: an older file keeps the enrollment it does not mention, and a row
/// that ends an enrollment or a term is a warning in the dry run and is applied only when the operator confirms it.
/// </summary>
public sealed class ReimportRosterTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Village = RosterOps.LubukDagang;

    private const string Import = """
        mutation($v: String!, $file: String!, $dry: Boolean!, $confirm: Boolean) {
          importRoster(input: { villageCode: $v, fileName: "daftar.csv", fileBase64: $file, dryRun: $dry, confirmLosses: $confirm }) {
            report { added changed ended unchanged applied refused problemCount problems { line column code }
                     warningCount warnings { line code fullName nik positionCode losses { field before after } message } }
            errors { code field message }
          }
        }
        """;

    private const string Header = "nik,nama_lengkap,kode_jabatan,mulai_jabatan,akhir_jabatan,no_kpj,program,mulai_kepesertaan,status_kepesertaan\r\n";
    private const string Ahmad = "6101011708800041,Ahmad Yani,kepala_desa,01/01/2024,";
    private const string Rina = "6101015708800042,Rina Sari,sekretaris_desa,01/01/2024,";

    [Fact]
    public async Task An_older_file_keeps_the_enrollment_and_a_row_that_ends_it_is_applied_only_when_confirmed()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var regency = await app.SignInAsync("dpmd.sambas");
        await ApplyAndApproveAsync(village, regency, Header + Ahmad + ",,,,\r\n" + Rina + ",,,,\r\n");
        var olderExport = await village.Http.GetStringAsync($"/api/roster/export?region={Village}&format=csv");
        await ApplyAndApproveAsync(village, regency, Header + Ahmad + ",12345678901,JKK JKM JHT,01/02/2024,aktif\r\n" + Rina + ",,,,\r\n");

        // The export from before the enrollment, with a corrected name: the name changes, the enrollment stays.
        var older = olderExport.Replace("Rina Sari", "Rina Sari Dewi");
        var dry = await ImportAsync(village, older, dryRun: true);
        Assert.Equal((1, 1, 0, false), (dry.Report.GetProperty("changed").GetInt32(), dry.Report.GetProperty("unchanged").GetInt32(),
            dry.Report.GetProperty("warningCount").GetInt32(), dry.Report.GetProperty("refused").GetBoolean()));
        var withoutEnrollmentColumns = "nik,nama_lengkap,kode_jabatan,mulai_jabatan\r\n6101011708800041,Ahmad Yani,kepala_desa,01/01/2024\r\n";
        Assert.Equal((0, 1), Counts((await ImportAsync(village, withoutEnrollmentColumns, dryRun: true)).Report));
        Assert.True((await ImportAsync(village, older, dryRun: false)).Report.GetProperty("applied").GetBoolean());
        Assert.Equal(("ACTIVE", "JKK JKM JHT"), await EnrollmentAsync(village, "Ahmad Yani"));

        // Ending Ahmad's enrollment and Rina's term: both named in the dry run with what they lose.
        var losing = Header + Ahmad + ",12345678901,,,berhenti\r\n" + "6101015708800042,Rina Sari Dewi,sekretaris_desa,01/01/2024,31/10/2026,,,,\r\n";
        var warned = await ImportAsync(village, losing, dryRun: true);
        Assert.Equal((2, false), (warned.Report.GetProperty("warningCount").GetInt32(), warned.Report.GetProperty("refused").GetBoolean()));
        var warnings = warned.Report.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal((2, "ENDS_PROTECTION", "Ahmad Yani", "6101011708800041", "kepala_desa"), (warnings[0].GetProperty("line").GetInt32(),
            warnings[0].GetProperty("code").GetString(), warnings[0].GetProperty("fullName").GetString(), warnings[0].GetProperty("nik").GetString(),
            warnings[0].GetProperty("positionCode").GetString()));
        Assert.Equal([("enrollment.status", "Active", "Ended")], Losses(warnings[0]));
        Assert.Contains("Ahmad Yani", warnings[0].GetProperty("message").GetString());
        Assert.Equal(("TAKES_AWAY", "Rina Sari Dewi"), (warnings[1].GetProperty("code").GetString(), warnings[1].GetProperty("fullName").GetString()));
        Assert.Equal([("termEnd", null, "2026-10-31")], Losses(warnings[1]));

        var refused = await ImportAsync(village, losing, dryRun: false);
        Assert.Equal(("CONFIRMATION_REQUIRED", "confirmLosses"), (refused.Errors.Single().GetProperty("code").GetString(),
            refused.Errors.Single().GetProperty("field").GetString()));
        Assert.False(refused.Report.GetProperty("applied").GetBoolean());
        Assert.Equal(("ACTIVE", "JKK JKM JHT"), await EnrollmentAsync(village, "Ahmad Yani"));

        var confirmed = await ImportAsync(village, losing, dryRun: false, confirm: true);
        Assert.Empty(confirmed.Errors);
        Assert.True(confirmed.Report.GetProperty("applied").GetBoolean());
        Assert.Equal(("ENDED", "JKK JKM JHT"), await EnrollmentAsync(village, "Ahmad Yani"));
    }

    [Fact]
    public async Task Dropping_a_program_is_a_warning_and_a_file_that_takes_nothing_away_needs_no_confirmation()
    {
        var village = await app.SignInAsync("op.sengkubang");
        const string Dewi = "6102015708800061,Dewi,kepala_dusun,01/01/2024,";
        var added = await ImportAsync(village, Header + Dewi + ",55555555555,JKK JKM,01/02/2024,\r\n", dryRun: false);
        Assert.Equal((true, 0), (added.Report.GetProperty("applied").GetBoolean(), added.Report.GetProperty("warningCount").GetInt32()));

        var dropped = await ImportAsync(village, Header + Dewi + ",55555555555,JKK,,\r\n", dryRun: true);
        var warning = dropped.Report.GetProperty("warnings").EnumerateArray().Single();
        Assert.Equal("ENDS_PROTECTION", warning.GetProperty("code").GetString());
        Assert.Equal([("enrollment.programs", "Jkk,Jkm", "Jkk")], Losses(warning));

        var more = await ImportAsync(village, Header + Dewi + ",55555555555,JKK JKM JHT,,\r\n", dryRun: false);
        Assert.Equal((true, 0), (more.Report.GetProperty("applied").GetBoolean(), more.Report.GetProperty("warningCount").GetInt32()));
        Assert.Empty(more.Errors);
    }

    private async Task ApplyAndApproveAsync(GraphQLClient village, GraphQLClient regency, string file)
    {
        var applied = await ImportAsync(village, file, dryRun: false);
        Assert.True(applied.Report.GetProperty("applied").GetBoolean(), applied.Report.ToString());
        var submitted = await village.SendAsync(RosterOps.Submit, new { village = Village });
        var id = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        Assert.Empty((await regency.SendAsync(RosterOps.Approve, new { id })).ErrorCodes("approveSubmission"));
    }

    private static async Task<(JsonElement Report, List<JsonElement> Errors)> ImportAsync(GraphQLClient client, string file, bool dryRun,
        bool? confirm = null)
    {
        var village = await VillageOfAsync(client);
        var response = await client.SendAsync(Import, new { v = village, file = Convert.ToBase64String(Encoding.UTF8.GetBytes(file)), dry = dryRun, confirm });
        Assert.False(response.HasErrors, response.Body.ToString());
        var payload = response.Data.GetProperty("importRoster");
        return (payload.GetProperty("report"), payload.GetProperty("errors").EnumerateArray().ToList());
    }

    private static async Task<string> VillageOfAsync(GraphQLClient client) =>
        (await client.SendAsync("query { me { regionCode } }", new { })).Data.GetProperty("me").GetProperty("regionCode").GetString()!;

    private static (int Changed, int Unchanged) Counts(JsonElement report) =>
        (report.GetProperty("changed").GetInt32(), report.GetProperty("unchanged").GetInt32());

    private static List<(string?, string?, string?)> Losses(JsonElement warning) =>
        warning.GetProperty("losses").EnumerateArray()
            .Select(l => (l.GetProperty("field").GetString(), l.GetProperty("before").GetString(), l.GetProperty("after").GetString())).ToList();

    private static async Task<(string?, string)> EnrollmentAsync(GraphQLClient client, string fullName)
    {
        var people = await client.SendAsync("""
            query($v: String!) { people(where: { villageCode: { eq: $v } }, first: 200) { nodes { fullName enrollment { status programs } } } }
            """, new { v = await VillageOfAsync(client) });
        var enrollment = people.Data.GetProperty("people").GetProperty("nodes").EnumerateArray()
            .Single(p => p.GetProperty("fullName").GetString() == fullName).GetProperty("enrollment");
        return (enrollment.GetProperty("status").GetString(), string.Join(" ", enrollment.GetProperty("programs").EnumerateArray().Select(p => p.GetString())));
    }
}
