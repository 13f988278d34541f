using System.Text;
using System.Text.Json;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Reconciliation;

/// <summary>Each refusal of a participant list names its code, line and column, and keeps nothing: no list, no result, no audit entry.</summary>
public sealed class ParticipantListRefusalTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Upload = """
        mutation($f: String!, $r: String!) {
          uploadBpjsParticipantList(input: { regionCode: $r, asOf: "2026-11-30", fileName: "peserta.csv", fileBase64: $f, dryRun: false }) {
            report { applied refused problems { line column code values { name value } } }
            errors { code field }
          }
        }
        """;

    private const string Header = "nik,nama,no_kpj,segmen,program,status,bulan_terakhir_bayar\n";
    private const string Row = "6101011708800081,Siti Aminah,11110000081,PU,\"JKK,JKM\",aktif,2026-10\n";

    private static string Base64(string csv) => Convert.ToBase64String(Encoding.UTF8.GetBytes(csv));

    public static TheoryData<string, string, int, string?> Refused => new()
    {
        { "nik,nama,segmen,status\n6101011708800081,Siti Aminah,PU,aktif\n", "BPJS_LIST_WRONG_HEADER", 1, "program" },
        { Header + "6101011708800081,,11110000081,PU,\"JKK,JKM\",aktif,2026-10\n", "INVALID_NAME", 2, "nama" },
        { Header + $"6101011708800081,{new string('A', 101)},11110000081,PU,\"JKK,JKM\",aktif,2026-10\n", "INVALID_NAME", 2, "nama" },
        { Header + "6101011708800081,Siti Aminah,11110000081,PU,\"JKK,JKX\",aktif,2026-10\n", "INVALID_PROGRAMS", 2, "program" },
        { Header + "6101011708800081,Siti Aminah,11110000081,PU,,aktif,2026-10\n", "INVALID_PROGRAMS", 2, "program" },
        { Header + Row + "6101011708800082,Budi Santoso,,BPU,JKK,aktif,\n" + Row, "BPJS_LIST_DUPLICATE_NIK", 4, "nik" },
        { Header + "6101011708800081,Siti Aminah,1111-0000081,PU,JKK,aktif,2026-10\n", "INVALID_KPJ", 2, "no_kpj" },
        { "nik,nama,segmen,program,status,tanggal_lahir\n6101011708800081,Siti Aminah,PU,JKK,aktif,31/02/1980\n", "NOT_A_DATE", 2, "tanggal_lahir" },
        { Header, "EMPTY_FILE", 0, null },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_file_with_a_problem_is_refused_by_line_and_column_and_nothing_is_kept(string csv, string code, int line, string? column)
    {
        var response = await (await app.SignInAsync("bpjs.sambas")).SendAsync(Upload, new { f = Base64(csv), r = "61.01" });
        var report = response.Data.GetProperty("uploadBpjsParticipantList").GetProperty("report");
        Assert.Equal((true, false), (report.GetProperty("refused").GetBoolean(), report.GetProperty("applied").GetBoolean()));
        var problem = Assert.Single(report.GetProperty("problems").EnumerateArray());
        Assert.Equal((line, column, code), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetString(), problem.GetProperty("code").GetString()));
        if (code == "BPJS_LIST_DUPLICATE_NIK")
            Assert.Equal("2", problem.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "line").GetProperty("value").GetString());
        await NothingKeptAsync();
    }

    [Theory]
    [InlineData("admin.kalbar", "61.01.01")]
    [InlineData("admin.kalbar", RosterOps.DalamKaum)]
    [InlineData("bpjs.sambas", "61.01.01")]
    public async Task A_list_is_for_a_regency_or_a_province_only(string uploader, string region)
    {
        var response = await (await app.SignInAsync(uploader)).SendAsync(Upload, new { f = Base64(Header + Row), r = region });
        Assert.Equal(["BPJS_LIST_REGION_LEVEL"], response.ErrorCodes("uploadBpjsParticipantList"));
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("uploadBpjsParticipantList").GetProperty("report").ValueKind);
        await NothingKeptAsync();
    }

    private async Task NothingKeptAsync()
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        Assert.Equal((0, 0, 0), (await db.ParticipantLists.CountAsync(), await db.ReconciliationRows.CountAsync(),
            await db.Set<AuditEntry>().CountAsync(e => e.Entity == "BpjsParticipantList")));
    }
}
