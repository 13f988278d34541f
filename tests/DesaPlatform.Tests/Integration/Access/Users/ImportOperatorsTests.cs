using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DesaPlatform.Tests.Integration.Access.Users;

/// <summary>Village operator accounts from a CSV: all created at once with their one-time passwords, or none.</summary>
public sealed class ImportOperatorsTests(DesaApp app, ITestOutputHelper output) : IClassFixture<DesaApp>
{
    private const string Header = "user_name,full_name,village_code,contact";

    [Fact]
    public async Task Two_hundred_operators_are_created_in_one_call()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var villages = (await regency.SendAsync("""
            { regions(first: 200, where: { level: { eq: VILLAGE }, code: { startsWith: "61.01." } }) { nodes { code } } }
            """)).Field("regions").GetProperty("nodes").EnumerateArray().Select(v => v.GetProperty("code").GetString()!).ToList();
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 200; i++)
            csv.Append($"op.massal{i:D3},\"Operator {i}, S.Kom\",{villages[i % villages.Count]},{(i % 2 == 0 ? $"op{i}@desa.id" : $"0812-3456-{i:D4}")}\r\n");

        var clock = Stopwatch.StartNew();
        var response = await regency.SendAsync(AccessApi.ImportOperators, new { csv = csv.ToString() });
        clock.Stop();
        output.WriteLine($"importOperators, 200 rows: {clock.ElapsedMilliseconds} ms");

        var report = response.Field("importOperators").GetProperty("report");
        Assert.Equal("[]", report.GetProperty("problems").GetRawText());
        Assert.True(report.GetProperty("applied").GetBoolean());
        Assert.Equal(200, report.GetProperty("created").GetInt32());
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(2, 200), rows.Select(r => r.GetProperty("line").GetInt32()));
        var passwords = rows.Select(r => r.GetProperty("initialPassword").GetString()!).ToList();
        Assert.Equal(200, passwords.Distinct().Count());

        var created = await regency.SendAsync("""{ users(where: { userName: { startsWith: "op.massal" } }) { totalCount nodes { mustChangePassword role } } }""");
        Assert.Equal(200, created.Field("users").GetProperty("totalCount").GetInt32());
        var first = await app.SignInWithAsync("op.massal000", passwords[0]);
        var me = (await first.SendAsync(AccessApi.Me)).Field("me");
        Assert.Equal(villages[0], me.GetProperty("regionCode").GetString());
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task A_file_with_problems_is_refused_whole_and_every_problem_names_its_line()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var csv = string.Join('\n',
            Header,
            $"op.bagus,Operator Bagus,{Roster.DalamKaum},bagus@desa.id",
            "op.hantu,Operator Hantu,61.01.01.2999,081234567890",
            $"op.dalamkaum,Operator Lama,{Roster.DalamKaum},081234567891",
            $"op.kembar,Operator Kembar,{Roster.LubukDagang},081234567892",
            "",
            $"op.kembar,Operator Kembar Lagi,{Roster.LubukDagang},081234567893",
            $"op.tetangga,Operator Tetangga,{Roster.Sengkubang},081234567894",
            $"op.kontak,Operator Kontak,{Roster.DalamKaum},bukan kontak",
            $"op.tanpanama,,{Roster.DalamKaum},081234567895",
            "op.pendek,Operator Pendek");

        var response = await regency.SendAsync(AccessApi.ImportOperators, new { csv });

        var report = response.Field("importOperators").GetProperty("report");
        Assert.False(report.GetProperty("applied").GetBoolean());
        Assert.True(report.GetProperty("refused").GetBoolean());
        Assert.Equal(0, report.GetProperty("created").GetInt32());
        var problems = report.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("code").GetString()));
        Assert.Equal(
        [
            (3, "village_code", "UNKNOWN_REGION"),
            (4, "user_name", "USER_NAME_TAKEN"),
            (7, "user_name", "DUPLICATE_USER_NAME"),
            (8, "village_code", "UNKNOWN_REGION"),
            (9, "contact", "INVALID_CONTACT"),
            (10, "full_name", "MISSING_FIELD"),
            (11, null, "WRONG_FIELD_COUNT"),
        ], problems);
        Assert.All(report.GetProperty("rows").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("initialPassword").ValueKind));

        var good = await regency.SendAsync(AccessApi.UserByName, new { userName = "op.bagus" });
        Assert.Equal(JsonValueKind.Null, good.Field("user").ValueKind);
    }

    [Fact]
    public async Task A_wrong_header_stops_at_line_one()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var response = await regency.SendAsync(AccessApi.ImportOperators, new { csv = $"username,name,village,phone\nop.x,X,{Roster.DalamKaum},081234567890" });
        var problem = response.Field("importOperators").GetProperty("report").GetProperty("problems").EnumerateArray().Single();
        Assert.Equal(1, problem.GetProperty("line").GetInt32());
        Assert.Equal("WRONG_HEADER", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_dry_run_checks_and_creates_nothing()
    {
        var province = await app.SignInAsync("admin.kalbar");
        var csv = $"{Header}\nop.coba,Operator Coba,{Roster.Sengkubang},+62 812 3456 7890";
        var response = await province.SendAsync(AccessApi.ImportOperators, new { csv, dryRun = true });
        var report = response.Field("importOperators").GetProperty("report");
        Assert.False(report.GetProperty("refused").GetBoolean());
        Assert.False(report.GetProperty("applied").GetBoolean());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("rows")[0].GetProperty("initialPassword").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await province.SendAsync(AccessApi.UserByName, new { userName = "op.coba" })).Field("user").ValueKind);
    }
}
