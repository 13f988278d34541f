using System.Text;
using System.Text.Json;
using DesaPlatform.SharedKernel.Spreadsheets;
using DesaPlatform.Tests.Infrastructure;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Exports;

/// <summary>
/// Staff open our CSV files in Excel: text a user wrote that starts with = + - or @ is planted wherever users can
/// write (a person's name, phone, SK number and note, a return reason, the template's village, a region's name, the
/// name of an imported file the audit trail records), and every CSV export is opened to check that no cell would run
/// as a formula — each such cell is written with a leading apostrophe — and that our own exports still import unchanged.
/// </summary>
public sealed class CsvExportInjectionTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Name = "=HYPERLINK(\"http://contoh.invalid\",\"Dewi\")";
    private const string Phone = "+6281255550099";
    private const string SkNumber = "-141/2024";
    private const string NikNote = "@SUM(1+1)";
    private const string Reason = "=cmd|' /C calc'!A0";
    private const string TemplateVillage = "@1+1";
    private const string RegionName = "=1+1 Desa";
    private const string RegionFileName = "-1+1.csv";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    [Fact]
    public async Task Every_csv_export_writes_formula_text_as_text_and_our_exports_import_back_unchanged()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var added = await village.SendAsync(RosterOps.AddPerson, new
        {
            input = new
            {
                villageCode = RosterOps.DalamKaum, fullName = Name, nik = "6101015708800091", positionCode = "ketua_rt", termStart = "2024-01-01",
                phone = Phone, skNumber = SkNumber, skDate = "2023-12-28", nikNote = NikNote,
            },
        });
        Assert.Empty(added.ErrorCodes("addPerson"));

        var roster = await CsvAsync(village, $"/api/roster/export?region={RosterOps.DalamKaum}&format=csv");
        AssertProtected(roster, Name, Phone, SkNumber, NikNote);
        var reimport = await village.SendAsync("""
            mutation($v: String!, $file: String!) {
              importRoster(input: { villageCode: $v, fileName: "daftar.csv", fileBase64: $file, dryRun: true }) {
                report { rows unchanged problemCount problems { line column code } }
              }
            }
            """, new { v = RosterOps.DalamKaum, file = Convert.ToBase64String(roster.Bytes) });
        var report = reimport.Data.GetProperty("importRoster").GetProperty("report");
        Assert.True(report.GetProperty("problemCount").GetInt32() == 0, report.GetProperty("problems").ToString());
        Assert.Equal(report.GetProperty("rows").GetInt32(), report.GetProperty("unchanged").GetInt32());

        var template = await CsvAsync(village, $"/api/roster/template?village={Uri.EscapeDataString(TemplateVillage)}&format=csv");
        AssertProtected(template, TemplateVillage);

        var submitted = await village.SendAsync(RosterOps.Submit, new { village = RosterOps.DalamKaum });
        var submission = submitted.Data.GetProperty("submitRoster").GetProperty("submission").GetProperty("id").GetString();
        var regency = await app.SignInAsync("dpmd.sambas");
        Assert.Empty((await regency.SendAsync(RosterOps.Return, new { id = submission, reason = Reason })).ErrorCodes("returnSubmission"));
        AssertProtected(await CsvAsync(regency, "/api/submissions/export?format=csv"), Reason);

        var province = await app.SignInAsync("admin.kalbar");
        var regions = await CsvAsync(province, "/api/regions/export?root=61");
        var renamed = await ImportRegionsAsync(province, WithName(regions.Text, RosterOps.LubukDagang, RegionName), RegionFileName, dryRun: false);
        Assert.Equal(1, renamed.GetProperty("renamed").GetInt32());
        var regionsAfter = await CsvAsync(province, "/api/regions/export?root=61");
        AssertProtected(regionsAfter, RegionName);
        var regionsAgain = await ImportRegionsAsync(province, regionsAfter.Text, "wilayah.csv", dryRun: true);
        Assert.Equal(0, regionsAgain.GetProperty("changes").GetArrayLength());

        AssertProtected(await CsvAsync(province, "/api/audit/export?format=csv"), RegionFileName);
    }

    private sealed record Csv(string Path, byte[] Bytes)
    {
        public string Text => Encoding.UTF8.GetString(Bytes);
        public IEnumerable<string> Cells => CsvText.Read(Bytes, ',').SelectMany(r => r.Fields);
    }

    private static async Task<Csv> CsvAsync(GraphQLClient client, string path)
    {
        var response = await client.Http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return new Csv(path, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>No cell starts as a formula would, and the planted values are there, behind their apostrophe.</summary>
    private static void AssertProtected(Csv csv, params string[] planted)
    {
        var cells = csv.Cells.ToList();
        Assert.All(cells, cell => Assert.False(cell.Length > 0 && FormulaStarts.Contains(cell[0]), $"{csv.Path}: a cell starts as a formula: {cell}"));
        foreach (var value in planted) Assert.Contains("'" + value, cells);
    }

    private static string WithName(string regionsCsv, string code, string name) =>
        string.Join("\r\n", regionsCsv.Split("\r\n").Select(line =>
        {
            var fields = line.Split(',');
            return fields[0] == code ? string.Join(',', fields[0], name, fields[2], fields[3], fields[4]) : line;
        }));

    private static async Task<JsonElement> ImportRegionsAsync(GraphQLClient client, string csv, string fileName, bool dryRun)
    {
        var response = await client.SendAsync("""
            mutation($csv: String!, $name: String!, $dry: Boolean!) {
              importRegions(input: { csv: $csv, fileName: $name, dryRun: $dry }) {
                report { renamed refused changes { code kind } problems { line code message } }
              }
            }
            """, new { csv, name = fileName, dry = dryRun });
        var report = response.Data.GetProperty("importRegions").GetProperty("report");
        Assert.False(report.GetProperty("refused").GetBoolean(), report.GetProperty("problems").ToString());
        return report;
    }
}
