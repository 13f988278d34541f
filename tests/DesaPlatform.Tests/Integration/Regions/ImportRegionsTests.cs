using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DesaPlatform.Audit.Persistence;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Tests.Integration.Regions;

/// <summary>Import of the region tree: the national file and its round trip, retirement and restoration, refusals.</summary>
public sealed class ImportRegionsTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Import = """
        mutation($csv: String!, $dryRun: Boolean!) {
          importRegions(input: { csv: $csv, fileName: "test.csv", dryRun: $dryRun }) {
            report { rows unchanged added renamed reclassified retired restored applied refused
                     changes { code kind oldValue newValue } problems { line column code message messageEn } }
            errors { code }
          }
        }
        """;

    private static string KalbarText => File.ReadAllText(RegionFiles.Kalbar);

    [Fact]
    public async Task The_national_file_imports_once_and_exports_byte_for_byte()
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var importer = scope.ServiceProvider.GetRequiredService<IRegionImporter>();

        await using (var file = File.OpenRead(RegionFiles.Indonesia))
        {
            var first = await importer.ImportAsync(file, "regions-indonesia.csv", dryRun: false, CancellationToken.None);
            Assert.False(first.Refused);
            Assert.Equal((91_599, 2_334, 89_265), (first.Rows, first.Unchanged, first.Count(RegionChangeKind.Added)));
        }
        await using (var again = File.OpenRead(RegionFiles.Indonesia))
        {
            var second = await importer.ImportAsync(again, "regions-indonesia.csv", dryRun: false, CancellationToken.None);
            Assert.Empty(second.Changes);
        }

        using var exported = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<IRegionExporter>().WriteCsvAsync(exported, null, CancellationToken.None);
        Assert.Equal(await File.ReadAllBytesAsync(RegionFiles.Indonesia), exported.ToArray());

        var admin = await app.SignInAsync("admin.kalbar");
        var search = await admin.SendAsync("""{ regions(where: { name: { contains: "TANJUNG HULU" } }) { nodes { code name } } }""");
        Assert.Contains(search.Data.GetProperty("regions").GetProperty("nodes").EnumerateArray(), r => r.GetProperty("code").GetString()!.StartsWith("61."));
        Assert.All(search.Data.GetProperty("regions").GetProperty("nodes").EnumerateArray(), r => Assert.StartsWith("61", r.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_region_missing_from_a_newer_file_is_retired_kept_and_restored_when_it_returns()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var withoutLubukDagang = string.Join("", KalbarText.Split('\n').Select(l => l + "\n").Where(l => !l.StartsWith("61.01.01.2002,")))[..^1];
        var renamed = withoutLubukDagang.Replace("61.01.01.2001,Dalam Kaum,", "61.01.01.2001,Dalam Kaum Baru,");

        var dryRun = await admin.SendAsync(Import, new { csv = renamed, dryRun = true });
        var planned = dryRun.Data.GetProperty("importRegions").GetProperty("report");
        Assert.Equal((1, 1, false), (planned.GetProperty("retired").GetInt32(), planned.GetProperty("renamed").GetInt32(), planned.GetProperty("applied").GetBoolean()));
        var unchangedRegion = await admin.SendAsync("""{ region(code: "61.01.01.2002") { retiredOn } }""");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unchangedRegion.Data.GetProperty("region").GetProperty("retiredOn").ValueKind);

        var applied = await admin.SendAsync(Import, new { csv = renamed, dryRun = false });
        Assert.True(applied.Data.GetProperty("importRegions").GetProperty("report").GetProperty("applied").GetBoolean());
        var retired = await admin.SendAsync("""
            { region(code: "61.01.01.2002") { name retiredOn history { kind source } }
              sambas: region(code: "61.01.01") { children { totalCount } all: children(includeRetired: true) { totalCount } } }
            """);
        var region = retired.Data.GetProperty("region");
        Assert.Equal("Lubuk Dagang", region.GetProperty("name").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, region.GetProperty("retiredOn").ValueKind);
        Assert.Equal(["ADDED", "RETIRED"], region.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));
        var sambas = retired.Data.GetProperty("sambas");
        Assert.Equal(sambas.GetProperty("all").GetProperty("totalCount").GetInt32() - 1, sambas.GetProperty("children").GetProperty("totalCount").GetInt32());

        var restored = await admin.SendAsync(Import, new { csv = KalbarText, dryRun = false });
        var report = restored.Data.GetProperty("importRegions").GetProperty("report");
        Assert.Equal((1, 1), (report.GetProperty("restored").GetInt32(), report.GetProperty("renamed").GetInt32()));
        var again = await admin.SendAsync(Import, new { csv = KalbarText, dryRun = false });
        Assert.Equal(2_334, again.Data.GetProperty("importRegions").GetProperty("report").GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task A_bulk_import_applied_twice_changes_nothing_the_second_time_and_is_audited_by_one_summary()
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var importer = scope.ServiceProvider.GetRequiredService<IRegionImporter>();
        var file = Encoding.UTF8.GetBytes(KalbarText.Replace("61.12.01.2003,Arang Limbung,", "61.12.01.2003,Arang Limbung Baru,")
            .Replace("61.12.01.2002,Sungai Ambangah,village,61.12.01,desa\n", ""));

        var first = await importer.ImportAsync(new MemoryStream(file), "twice.csv", dryRun: false, CancellationToken.None);
        Assert.Equal((true, 1, 1, 2), (first.Applied, first.Count(RegionChangeKind.Renamed), first.Count(RegionChangeKind.Retired), first.Changes.Count));
        var second = await importer.ImportAsync(new MemoryStream(file), "twice.csv", dryRun: false, CancellationToken.None);
        Assert.Equal((true, 0, first.Rows), (second.Applied, second.Changes.Count, second.Unchanged));

        var admin = await app.SignInAsync("admin.kalbar");
        var regions = await admin.SendAsync("""
            { renamed: region(code: "61.12.01.2003") { name history { kind } } retired: region(code: "61.12.01.2002") { retiredOn history { kind } } }
            """);
        Assert.Equal("Arang Limbung Baru", regions.Data.GetProperty("renamed").GetProperty("name").GetString());
        Assert.Single(regions.Data.GetProperty("renamed").GetProperty("history").EnumerateArray(), h => h.GetProperty("kind").GetString() == "RENAMED");
        Assert.Single(regions.Data.GetProperty("retired").GetProperty("history").EnumerateArray(), h => h.GetProperty("kind").GetString() == "RETIRED");

        var audit = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Set<AuditEntry>()
            .Where(e => e.Entity == "RegionImport" && e.EntityId == "twice.csv").ToListAsync();
        var summary = JsonDocument.Parse(Assert.Single(audit).After!).RootElement;
        Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(file)), first.Rows, 1, 1, 0), (summary.GetProperty("sha256").GetString(),
            summary.GetProperty("rows").GetInt32(), summary.GetProperty("renamed").GetInt32(), summary.GetProperty("retired").GetInt32(),
            summary.GetProperty("added").GetInt32()));

        var restored = await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(KalbarText)), "kalbar.csv", dryRun: false, CancellationToken.None);
        Assert.Equal((1, 1), (restored.Count(RegionChangeKind.Restored), restored.Count(RegionChangeKind.Renamed)));
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_every_problem_and_nothing_applied()
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var lines = new[]
        {
            "code,name,level,parent_code,kind",
            "61,Kalimantan Barat,province,,",
            "61.01,Kabupaten Sambas,regency,61,kabupaten",
            "",
            "61.01.01,Sambas,village,61.01,",
            "61.01,Kabupaten Sambas Lagi,regency,61,kabupaten",
            "61.01.01.2001,,village,61.01.01,desa",
            $"61.01.01.2002,{new string('x', 101)},village,61.01.01,desa",
            "61.09.01.2001,Yatim,village,61.09.01,desa",
            "61.01.01.1003,Salah Jenis,village,61.01.01,desa",
            "62,Kalimantan Tengah,province,,",
        };
        var response = await admin.SendAsync(Import, new { csv = "\uFEFF" + string.Join("\n", lines), dryRun = false });
        var report = response.Data.GetProperty("importRegions").GetProperty("report");
        Assert.True(report.GetProperty("refused").GetBoolean());
        Assert.False(report.GetProperty("applied").GetBoolean());
        var problems = report.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("line").GetInt32()}:{p.GetProperty("code").GetString()}").ToList();
        Assert.Equal(["1:BOM", "4:BLANK_LINE", "5:LEVEL_MISMATCH", "6:DUPLICATE_CODE", "7:NAME_EMPTY", "8:NAME_TOO_LONG",
            "9:PARENT_MISSING", "10:KIND", "11:OUT_OF_SCOPE"], problems);
        Assert.All(report.GetProperty("problems").EnumerateArray(), p => Assert.NotEmpty(p.GetProperty("messageEn").GetString()!));

        var unchanged = await admin.SendAsync("""{ region(code: "61.01") { name } }""");
        Assert.Equal("Kabupaten Sambas", unchanged.Data.GetProperty("region").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("code;name;level;parent_code;kind\n61;Kalimantan Barat;province;;", "DELIMITER")]
    [InlineData("kode,nama,tingkat,induk,jenis\n61,Kalimantan Barat,province,,", "HEADER")]
    [InlineData("", "EMPTY")]
    public async Task A_file_that_cannot_be_read_says_why(string csv, string problem)
    {
        var admin = await app.SignInAsync("admin.kalbar");
        var response = await admin.SendAsync(Import, new { csv, dryRun = true });
        var problems = response.Data.GetProperty("importRegions").GetProperty("report").GetProperty("problems");
        Assert.Equal(problem, problems[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_a_province_admin_imports()
    {
        var regency = await app.SignInAsync("dpmd.sambas");
        var response = await regency.SendAsync(Import, new { csv = KalbarText, dryRun = true });
        Assert.Contains("AUTH_NOT_AUTHORIZED", response.Body.GetProperty("errors")[0].ToString());
    }
}
