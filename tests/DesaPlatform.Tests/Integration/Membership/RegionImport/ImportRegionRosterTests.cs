using System.Text.Json;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static DesaPlatform.Tests.Integration.Membership.RegionImport.RegionRosterFile;

namespace DesaPlatform.Tests.Integration.Membership.RegionImport;

/// <summary>
/// A regency's file of many villages: dry run per village and per row, all or nothing, one submission per village sent
/// on its behalf and seen in its timeline, re-importing changes nothing, and the importer cannot approve (four eyes).
/// </summary>
public sealed class ImportRegionRosterTests(DesaApp app) : IClassFixture<DesaApp>
{
    private static readonly string[] Villages = ["61.01.01.2003", "61.01.01.2004", "61.01.02.2001"];

    [Fact]
    public async Task A_bad_village_code_or_row_anywhere_refuses_the_whole_file_and_the_dry_run_names_line_column_and_village()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var file = Of(["61.01.01.2005", "61.01.01.2006"], serial: 100)
                   + "61.02.01.2001,6101011708800190,Di Mempawah,kepala_dusun,01/01/2024,\n"   // another regency's desa
                   + "61.02.01.1006,6101011708800191,Di Kelurahan,kepala_dusun,01/01/2024,\n"  // a kelurahan (and outside)
                   + "61.01.99.2999,6101011708800192,Tak Dikenal,kepala_dusun,01/01/2024,\n"
                   + ",6101011708800193,Tanpa Desa,kepala_dusun,01/01/2024,\n"
                   + "61.01.01.2005,6101011708800194,Dua Kepala,kepala_desa,01/01/2024,\n";  // a second head of 61.01.01.2005

        var (report, errors) = await ImportAsync(regency, "61.01", file, dryRun: false);

        Assert.Empty(errors);
        Assert.True(report.GetProperty("refused").GetBoolean());
        Assert.False(report.GetProperty("applied").GetBoolean());
        var problems = report.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("code").GetString())).ToList();
        Assert.Equal([
            (8, "kode_desa", "VILLAGE_NOT_IMPORTABLE"), (9, "kode_desa", "VILLAGE_NOT_IMPORTABLE"), (10, "kode_desa", "UNKNOWN_VILLAGE"),
            (11, "kode_desa", "MISSING_FIELD"), (12, "kode_jabatan", "POSITION_FULL"),
        ], problems);
        Assert.Equal("61.01.01.2005", report.GetProperty("problems")[4].GetProperty("villageCode").GetString());
        var perVillage = report.GetProperty("villages").EnumerateArray()
            .ToDictionary(v => v.GetProperty("villageCode").GetString()!, v => (v.GetProperty("added").GetInt32(), v.GetProperty("problemCount").GetInt32()));
        Assert.Equal((3, 1), perVillage["61.01.01.2005"]);
        Assert.Equal((3, 0), perVillage["61.01.01.2006"]);
        Assert.Empty(await SubmissionsAsync(regency, "61.01.01.2006"));
    }

    [Fact]
    public async Task Applied_it_sends_one_submission_per_village_on_its_behalf_and_re_importing_it_after_approval_changes_nothing()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var file = Of(Villages, serial: 200);

        var (dry, _) = await ImportAsync(regency, "61.01", file, dryRun: true);
        Assert.Equal((3, 9, false, 0), (dry.GetProperty("villageCount").GetInt32(), dry.GetProperty("added").GetInt32(),
            dry.GetProperty("applied").GetBoolean(), dry.GetProperty("submissions").GetInt32()));
        Assert.Empty(await SubmissionsAsync(regency, Villages[0]));

        var (applied, errors) = await ImportAsync(regency, "61.01", file, dryRun: false);
        Assert.Empty(errors);
        Assert.Equal((true, 3), (applied.GetProperty("applied").GetBoolean(), applied.GetProperty("submissions").GetInt32()));
        foreach (var village in Villages)
        {
            var submission = Assert.Single(await SubmissionsAsync(regency, village));
            Assert.Equal(("SUBMITTED", "dpmd.sambas", "kabupaten.csv", 3), (submission.GetProperty("status").GetString(),
                submission.GetProperty("importedBy").GetString(), submission.GetProperty("importedFrom").GetString(), submission.GetProperty("peopleCount").GetInt32()));
        }

        // The village sees who sent its roster, and from which file.
        var timeline = await regency.SendAsync("""
            query($v: String!) { timeline(where: { villageCode: { eq: $v } }) { nodes { kind by reason } } }
            """, new { v = Villages[0] });
        var sent = Assert.Single(timeline.Data.GetProperty("timeline").GetProperty("nodes").EnumerateArray());
        Assert.Equal(("SUBMITTED", "dpmd.sambas"), (sent.GetProperty("kind").GetString(), sent.GetProperty("by").GetString()));
        Assert.Contains("kabupaten.csv", sent.GetProperty("reason").GetString());

        // While they wait, the villages' drafts are locked: a second import is refused row by row.
        var (locked, _) = await ImportAsync(regency, "61.01", file, dryRun: true);
        Assert.Equal(3, locked.GetProperty("problems").EnumerateArray().Count(p => p.GetProperty("code").GetString() == "ROSTER_LOCKED"));

        // Four eyes: the importer may not approve; another account of the regency does.
        var id = (await SubmissionsAsync(regency, Villages[0]))[0].GetProperty("id").GetString();
        var own = await regency.SendAsync(DesaPlatform.Tests.Infrastructure.Roster.Approve, new { id });
        Assert.Equal(["SUBMISSION_OWN_IMPORT"], own.ErrorCodes("approveSubmission"));
        var second = await SecondRegencyAccountAsync();
        var ids = new List<string?>();
        foreach (var village in Villages) ids.Add((await SubmissionsAsync(regency, village))[0].GetProperty("id").GetString());
        var bulk = await second.SendAsync(ApproveMany, new { ids, r = (string?)null });
        Assert.Equal(3, bulk.Data.GetProperty("approveSubmissions").GetProperty("summary").GetProperty("approvedCount").GetInt32());

        var (again, againErrors) = await ImportAsync(regency, "61.01", file, dryRun: false);
        Assert.Empty(againErrors);
        Assert.Equal((9, 0, false, 0), (again.GetProperty("unchanged").GetInt32(), again.GetProperty("added").GetInt32(),
            again.GetProperty("applied").GetBoolean(), again.GetProperty("submissions").GetInt32()));
        Assert.Single(await SubmissionsAsync(regency, Villages[1]));
    }

    [Fact]
    public async Task A_bulk_approval_approves_those_without_warnings_and_names_what_it_left_and_why()
    {
        var province = await app.SignInAsync("admin.kalbar");
        var regency = await app.SignInAsync("dpmd.sambas");
        string[] mine = ["61.01.01.2007", "61.01.01.2008", "61.01.01.2009"];
        var (applied, errors) = await ImportAsync(province, "61", Of(mine, serial: 300), dryRun: false);
        Assert.Empty(errors);
        Assert.Equal(3, applied.GetProperty("submissions").GetInt32());
        await ApproveAllAsync(regency, "61.01.01.2007");

        // The village's head leaves office: this file takes a term away (a warning, applied only when confirmed).
        var ending = Of(["61.01.01.2007"], serial: 300, endTerm: "30/06/2026");
        var (unconfirmed, refusal) = await ImportAsync(province, "61", ending, dryRun: false);
        Assert.Equal(["CONFIRMATION_REQUIRED"], refusal);
        Assert.Equal(1, unconfirmed.GetProperty("warningCount").GetInt32());
        var (confirmed, _) = await ImportAsync(province, "61", ending, dryRun: false, confirm: true);
        Assert.Equal(1, confirmed.GetProperty("submissions").GetInt32());
        var (ownImport, _) = await ImportAsync(regency, "61.01", Of(["61.01.01.2010"], serial: 350), dryRun: false);
        Assert.Equal(1, ownImport.GetProperty("submissions").GetInt32());

        var bulk = await regency.SendAsync(ApproveMany, new { ids = (string[]?)null, r = "61.01.01" });
        var summary = bulk.Data.GetProperty("approveSubmissions").GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("approvedCount").GetInt32());
        var left = summary.GetProperty("left").EnumerateArray()
            .Select(l => (l.GetProperty("villageCode").GetString(), l.GetProperty("reason").GetString())).OrderBy(l => l.Item1).ToList();
        Assert.Equal([("61.01.01.2007", "WARNINGS"), ("61.01.01.2010", "SUBMISSION_OWN_IMPORT")], left);
        Assert.Equal("APPROVED", (await SubmissionsAsync(regency, "61.01.01.2008"))[0].GetProperty("status").GetString());

        // Chosen by id, a submission with warnings is approved; one decided meanwhile is left as such.
        var withWarnings = (await SubmissionsAsync(regency, "61.01.01.2007")).Single(s => s.GetProperty("status").GetString() == "SUBMITTED");
        var decided = (await SubmissionsAsync(regency, "61.01.01.2008"))[0].GetProperty("id").GetString();
        var chosen = await regency.SendAsync(ApproveMany, new { ids = new[] { withWarnings.GetProperty("id").GetString(), decided }, r = (string?)null });
        var chosenSummary = chosen.Data.GetProperty("approveSubmissions").GetProperty("summary");
        Assert.Equal(1, chosenSummary.GetProperty("approvedCount").GetInt32());
        Assert.Equal("CHANGED_MEANWHILE", Assert.Single(chosenSummary.GetProperty("left").EnumerateArray()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_province_approves_and_returns_a_regency_import_and_a_bulk_approval_counts_its_villages_into_the_kept_coverage()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var province = await app.SignInAsync("admin.kalbar");
        string[] villages = ["61.01.02.2002", "61.01.02.2003", "61.01.02.2004", "61.01.02.2005"];
        var before = await InOfficeAsync(province, "61.01.02");
        var (applied, errors) = await ImportAsync(regency, "61.01", Of(villages, serial: 400), dryRun: false);
        Assert.Empty(errors);
        Assert.Equal(4, applied.GetProperty("submissions").GetInt32());

        var one = (await SubmissionsAsync(province, villages[0]))[0].GetProperty("id").GetString();
        Assert.Empty((await province.SendAsync(DesaPlatform.Tests.Infrastructure.Roster.Approve, new { id = one })).ErrorCodes("approveSubmission"));
        var returned = (await SubmissionsAsync(province, villages[1]))[0].GetProperty("id").GetString();
        Assert.Empty((await province.SendAsync(DesaPlatform.Tests.Infrastructure.Roster.Return, new { id = returned, reason = "Periksa NIK" }))
            .ErrorCodes("returnSubmission"));
        var bulk = await province.SendAsync(ApproveMany, new { ids = (string[]?)null, r = "61.01.02" });
        Assert.Equal(2, bulk.Data.GetProperty("approveSubmissions").GetProperty("summary").GetProperty("approvedCount").GetInt32());

        Assert.Equal(["APPROVED", "RETURNED", "APPROVED", "APPROVED"],
            await Task.WhenAll(villages.Select(async v => (await SubmissionsAsync(regency, v))[0].GetProperty("status").GetString()!)));
        Assert.Equal("admin.kalbar", (await SubmissionsAsync(regency, villages[2]))[0].GetProperty("reviewedBy").GetString());
        // Three villages × three people approved: the district's kept sums count them (recounted once for the bulk's villages).
        Assert.Equal(before + 9, await InOfficeAsync(province, "61.01.02"));
        Assert.Equal(before + 9, await InOfficeAsync(regency, "61.01.02"));
    }

    [Fact]
    public async Task The_province_admin_who_imported_may_not_approve_it_alone_or_in_bulk_but_the_regency_may()
    {
        var province = await app.SignInAsync("admin.kalbar");
        var regency = await app.SignInAsync("dpmd.sambas");
        string[] villages = ["61.01.02.2006", "61.01.02.2007"];
        var (applied, errors) = await ImportAsync(province, "61", Of(villages, serial: 500), dryRun: false);
        Assert.Empty(errors);
        Assert.Equal(2, applied.GetProperty("submissions").GetInt32());

        var id = (await SubmissionsAsync(province, villages[0]))[0].GetProperty("id").GetString();
        Assert.Equal(["SUBMISSION_OWN_IMPORT"],
            (await province.SendAsync(DesaPlatform.Tests.Infrastructure.Roster.Approve, new { id })).ErrorCodes("approveSubmission"));
        var bulk = await province.SendAsync(ApproveMany, new { ids = (string[]?)null, r = "61.01.02" });
        var summary = bulk.Data.GetProperty("approveSubmissions").GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("approvedCount").GetInt32());
        Assert.Equal(["SUBMISSION_OWN_IMPORT", "SUBMISSION_OWN_IMPORT"],
            summary.GetProperty("left").EnumerateArray().Select(l => l.GetProperty("reason").GetString()));

        Assert.Empty((await regency.SendAsync(DesaPlatform.Tests.Infrastructure.Roster.Approve, new { id })).ErrorCodes("approveSubmission"));
        var rest = await regency.SendAsync(ApproveMany, new { ids = (string[]?)null, r = "61.01.02" });
        Assert.Equal(1, rest.Data.GetProperty("approveSubmissions").GetProperty("summary").GetProperty("approvedCount").GetInt32());
    }

    [Fact]
    public async Task A_nik_holding_office_in_another_village_is_a_problem_of_its_row_alone_when_the_file_is_read_at_once()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var (first, _) = await ImportAsync(regency, "61.01", Of(["61.01.04.2001"], serial: 600), dryRun: false);
        Assert.Equal(1, first.GetProperty("submissions").GetInt32());

        var file = Of(["61.01.04.2002"], serial: 610) + $"61.01.04.2002,{Nik(600)},Kepala Lain,kepala_dusun,01/01/2024,\n"
                   + Of(["61.01.04.2003"], serial: 620)[Of([], 0).Length..];
        var (report, errors) = await ImportAsync(regency, "61.01", file, dryRun: true);

        Assert.Empty(errors);
        var problem = Assert.Single(report.GetProperty("problems").EnumerateArray());
        Assert.Equal(("NIK_HELD_ELSEWHERE", "61.01.04.2002", 5), (problem.GetProperty("code").GetString(),
            problem.GetProperty("villageCode").GetString(), problem.GetProperty("line").GetInt32()));
        Assert.Contains("61.01.04.2001", problem.GetProperty("message").GetString());
        Assert.Equal(2, report.GetProperty("villageCount").GetInt32());
    }

    [Fact]
    public async Task The_dry_run_lists_what_each_row_adds_changes_or_ends_and_what_it_takes_away_naming_the_village()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        string[] district = ["61.01.05.2001", "61.01.05.2002"];
        Assert.Equal(2, (await ImportAsync(regency, "61.01", Of(district, serial: 800), dryRun: false)).Report.GetProperty("submissions").GetInt32());
        await ApproveAllAsync(await SecondRegencyAccountAsync(), district[0]);
        await ApproveAllAsync(await SecondRegencyAccountAsync(), district[1]);

        // The first village's head leaves office; the second gains a third kepala dusun.
        var file = Of([district[0]], serial: 800, endTerm: "30/06/2026") + Of([district[1]], serial: 803, hamletHeads: 3)[Header.Length..];
        var rows = await regency.SendAsync(Rows, new { file = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(file)), v = (string?)null });
        var report = rows.Data.GetProperty("importRegionRoster").GetProperty("report");

        var changes = report.GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("line").GetInt32(), c.GetProperty("villageCode").GetString(), c.GetProperty("kind").GetString())).ToList();
        Assert.Equal([(2, district[0], "ENDED"), (8, district[1], "ADDED")], changes);
        var ended = report.GetProperty("changes")[0].GetProperty("fields").EnumerateArray()
            .Select(f => (f.GetProperty("field").GetString(), f.GetProperty("after").GetString())).ToList();
        Assert.Contains(("termEnd", "2026-06-30"), ended);
        var warning = Assert.Single(report.GetProperty("warnings").EnumerateArray());
        Assert.Equal((2, district[0]), (warning.GetProperty("line").GetInt32(), warning.GetProperty("villageCode").GetString()));

        var onlySecond = (await regency.SendAsync(Rows, new { file = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(file)), v = district[1] }))
            .Data.GetProperty("importRegionRoster").GetProperty("report");
        Assert.Equal([8], onlySecond.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("line").GetInt32()));
        Assert.Empty(onlySecond.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task A_file_without_a_column_keeps_what_people_have_in_it_and_an_empty_cell_of_a_column_it_has_clears_it()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        const string village = "61.01.05.2003";
        var withSk = "kode_desa,nik,nama_lengkap,kode_jabatan,mulai_jabatan,no_sk,tanggal_sk,status_jabatan\n"
                     + $"{village},{Nik(900)},Kepala Penjajap,kepala_desa,01/01/2024,141/12/2024,02/01/2024,plt\n";
        Assert.Equal(1, (await ImportAsync(regency, "61.01", withSk, dryRun: false)).Report.GetProperty("submissions").GetInt32());
        await ApproveAllAsync(await SecondRegencyAccountAsync(), village);

        // The regency's own list has no SK columns: it changes nothing.
        var (without, _) = await ImportAsync(regency, "61.01", $"{Header}{village},{Nik(900)},Kepala Penjajap,kepala_desa,01/01/2024,\n", dryRun: true);
        Assert.Equal((0, 1), (without.GetProperty("changed").GetInt32(), without.GetProperty("unchanged").GetInt32()));

        // Written and left empty, the SK number is cleared, and the dry run says so.
        var emptied = $"kode_desa,nik,nama_lengkap,kode_jabatan,mulai_jabatan,no_sk\n{village},{Nik(900)},Kepala Penjajap,kepala_desa,01/01/2024,\n";
        var rows = await regency.SendAsync(Rows, new { file = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(emptied)), v = village });
        var change = Assert.Single(rows.Data.GetProperty("importRegionRoster").GetProperty("report").GetProperty("changes").EnumerateArray());
        Assert.Equal([("skNumber", "141/12/2024", null)], change.GetProperty("fields").EnumerateArray()
            .Select(f => (f.GetProperty("field").GetString(), f.GetProperty("before").GetString(), f.GetProperty("after").GetString())).ToList());
    }

    [Fact]
    public async Task A_nik_the_same_file_puts_in_office_in_two_villages_is_a_problem_unless_the_rows_say_why()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        const string Header = "kode_desa,nik,nama_lengkap,kode_jabatan,mulai_jabatan,keterangan_nik\n";
        string Twice(string note) => Header + $"61.01.07.2001,{Nik(950)},Dua Desa,kepala_dusun,01/01/2024,{note}\n"
                                            + $"61.01.07.2002,{Nik(950)},Dua Desa,bpd_anggota,01/01/2024,{note}\n";

        var (refused, _) = await ImportAsync(regency, "61.01", Twice(""), dryRun: false);
        Assert.False(refused.GetProperty("applied").GetBoolean());
        var problems = refused.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("villageCode").GetString(), p.GetProperty("column").GetString(), p.GetProperty("code").GetString()))
            .ToList();
        Assert.Equal([(2, "61.01.07.2001", "keterangan_nik", "NIK_HELD_ELSEWHERE"), (3, "61.01.07.2002", "keterangan_nik", "NIK_HELD_ELSEWHERE")], problems);
        Assert.Equal([1, 1], refused.GetProperty("villages").EnumerateArray().Select(v => v.GetProperty("problemCount").GetInt32()));
        Assert.Contains("61.01.07.2002", refused.GetProperty("problems")[0].GetProperty("message").GetString());
        var second = await regency.SendAsync(Rows, new { file = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Twice(""))), v = "61.01.07.2002" });
        Assert.Equal([3], second.Data.GetProperty("importRegionRoster").GetProperty("report").GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("line").GetInt32()));

        var (explained, _) = await ImportAsync(regency, "61.01", Twice("Anggota BPD di dua desa, sesuai SK"), dryRun: true);
        Assert.Equal((0, 2), (explained.GetProperty("problemCount").GetInt32(), explained.GetProperty("added").GetInt32()));
    }

    [Fact]
    public async Task A_village_keeping_unsent_drafts_is_a_problem_so_they_do_not_go_out_unseen_with_the_import()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        Assert.Empty((await village.SendAsync(Infrastructure.Roster.AddPerson, Infrastructure.Roster.Person(Infrastructure.Roster.LubukDagang, "6101011708800701", "ketua_rt"))).ErrorCodes("addPerson"));

        var (report, errors) = await ImportAsync(await app.SignInAsync("dpmd.sambas"), "61.01", Of([Infrastructure.Roster.LubukDagang, "61.01.04.2004"], serial: 700), dryRun: false);

        Assert.Empty(errors);
        Assert.False(report.GetProperty("applied").GetBoolean());
        var problem = Assert.Single(report.GetProperty("problems").EnumerateArray());
        Assert.Equal(("VILLAGE_HAS_DRAFT", Infrastructure.Roster.LubukDagang), (problem.GetProperty("code").GetString(), problem.GetProperty("villageCode").GetString()));
    }

    // Read through the regency's figures by district: the kept district sums, not the villages' rows.
    private static async Task<int> InOfficeAsync(GraphQLClient reader, string district)
    {
        var response = await reader.SendAsync("""
            query($code: String!, $year: Int!) { coverage(regionCode: $code, year: $year) { byRegion { regionCode peopleInOffice } } }
            """, new { code = district[..5], year = DateTime.UtcNow.Year });
        return response.Data.GetProperty("coverage").GetProperty("byRegion").EnumerateArray()
            .Where(r => r.GetProperty("regionCode").GetString() == district).Sum(r => r.GetProperty("peopleInOffice").GetInt32());
    }

    private static async Task ApproveAllAsync(GraphQLClient regency, string village)
    {
        foreach (var submission in await SubmissionsAsync(regency, village))
            await regency.SendAsync(ApproveMany, new { ids = new[] { submission.GetProperty("id").GetString() }, r = (string?)null });
    }

    private async Task<GraphQLClient> SecondRegencyAccountAsync()
    {
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DesaUser>>();
            if (await users.FindByNameAsync("dpmd.sambas.dua") is null)
                await users.CreateAsync(new DesaUser { UserName = "dpmd.sambas.dua", FullName = "Staf DPMD Sambas 2", Role = UserRole.RegencyStaff, RegionCode = "61.01" }, DesaApp.Password);
        }
        return await app.SignInAsync("dpmd.sambas.dua");
    }
}
