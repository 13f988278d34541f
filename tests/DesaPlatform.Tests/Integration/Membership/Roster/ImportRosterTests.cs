using System.Text;
using System.Text.Json;
using DesaPlatform.Tests.Infrastructure;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RosterOps = DesaPlatform.Tests.Infrastructure.Roster;

namespace DesaPlatform.Tests.Integration.Membership.Roster;

/// <summary>The village's spreadsheet: dry run per row, all or nothing, idempotent, read whatever Excel writes or refused clearly.</summary>
public sealed class ImportRosterTests(DesaApp app) : IClassFixture<DesaApp>
{
    private const string Import = """
        mutation($v: String!, $name: String!, $file: String!, $dry: Boolean!) {
          importRoster(input: { villageCode: $v, fileName: $name, fileBase64: $file, dryRun: $dry }) {
            report { rows added changed ended unchanged applied refused problemCount
                     problems { line column code message values { name value } } changes { line kind fullName fields { field before after } } }
            errors { code field }
          }
        }
        """;

    private const string Header = "nik;nama_lengkap;jenis_kelamin;tanggal_lahir;kode_jabatan;mulai_jabatan;akhir_jabatan;no_sk;tanggal_sk;status_jabatan;no_kpj;skema;program;mulai_kepesertaan\r\n";

    private const string ThreePeople = Header
        + "6101011708800041;Ahmad Yani;L;17/08/1980;kepala_desa;01/01/2024;;141/1/2024;28/12/2023;definitif;12345678901;PU;JKK JKM;01/02/2024\r\n"
        + "6101015708800042;Rina Sari;P;17/08/1980;sekretaris_desa;01/01/2024;;;;;;;;\r\n"
        + "6101011708800043;Budi Santoso;L;;bpd_anggota;01/03/2024;;;;plt;98765432100;BPU;JKK+JKM;01/03/2024\r\n";

    [Fact]
    public async Task A_semicolon_file_with_a_BOM_is_dry_run_then_applied_once_and_re_importing_it_changes_nothing()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var file = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ThreePeople)).ToArray();
        var before = await RosterSizeAsync(village, RosterOps.DalamKaum);

        var dry = await ImportAsync(village, RosterOps.DalamKaum, "daftar.csv", file, dryRun: true);
        Assert.Equal((3, 3, false, false), (dry.GetProperty("rows").GetInt32(), dry.GetProperty("added").GetInt32(),
            dry.GetProperty("applied").GetBoolean(), dry.GetProperty("refused").GetBoolean()));
        Assert.Equal(before, await RosterSizeAsync(village, RosterOps.DalamKaum));

        var applied = await ImportAsync(village, RosterOps.DalamKaum, "daftar.csv", file, dryRun: false);
        Assert.True(applied.GetProperty("applied").GetBoolean());
        Assert.Equal(before + 3, await RosterSizeAsync(village, RosterOps.DalamKaum));
        var people = await RosterAsync(village, RosterOps.DalamKaum);
        var budi = people.Single(p => p.GetProperty("fullName").GetString() == "Budi Santoso");
        Assert.Equal(("ACTING", "BPU", "1980-08-17"), (budi.GetProperty("appointment").GetString(),
            budi.GetProperty("enrollment").GetProperty("scheme").GetString(), budi.GetProperty("birthDate").GetString()));

        var again = await ImportAsync(village, RosterOps.DalamKaum, "daftar.csv", file, dryRun: false);
        Assert.Equal((3, 0, false), (again.GetProperty("unchanged").GetInt32(), again.GetProperty("added").GetInt32(), again.GetProperty("applied").GetBoolean()));

        var export = await village.Http.GetByteArrayAsync($"/api/roster/export?region={RosterOps.DalamKaum}&format=csv");
        var roundTrip = await ImportAsync(village, RosterOps.DalamKaum, "export.csv", export, dryRun: true);
        Assert.True(roundTrip.GetProperty("problemCount").GetInt32() == 0, roundTrip.GetProperty("problems").ToString());
        Assert.Equal((before + 3, 0, 0), (roundTrip.GetProperty("unchanged").GetInt32(), roundTrip.GetProperty("added").GetInt32(), roundTrip.GetProperty("problemCount").GetInt32()));
        var xlsxExport = await village.Http.GetByteArrayAsync($"/api/roster/export?region={RosterOps.DalamKaum}&format=xlsx");
        var xlsxRoundTrip = await ImportAsync(village, RosterOps.DalamKaum, "export.xlsx", xlsxExport, dryRun: true);
        Assert.Equal((before + 3, 0), (xlsxRoundTrip.GetProperty("unchanged").GetInt32(), xlsxRoundTrip.GetProperty("problemCount").GetInt32()));

        var ending = Header.Replace(';', ',') + "6101011708800041,Ahmad Yani,L,17/08/1980,kepala_desa,01/01/2024,30/06/2026,141/1/2024,28/12/2023,definitif,12345678901,PU,JKK JKM,01/02/2024\r\n";
        var ended = await ImportAsync(village, RosterOps.DalamKaum, "akhir.csv", Encoding.UTF8.GetBytes(ending), dryRun: true);
        var change = ended.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal(("ENDED", "termEnd", "2026-06-30"), (change.GetProperty("kind").GetString(),
            change.GetProperty("fields")[0].GetProperty("field").GetString(), change.GetProperty("fields")[0].GetProperty("after").GetString()));
    }

    [Fact]
    public async Task Every_bad_row_is_named_by_line_and_column_and_nothing_is_saved()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var file = "nik,nama_lengkap,kode_jabatan,mulai_jabatan,akhir_jabatan,no_kpj,program,mulai_kepesertaan\n"
                   + "6101011708800051,Satu,kepala_desa,01/01/2024,,,,\n"
                   + "12345,Dua,kepala_dusun,01/01/2024,,,,\n"
                   + "6101011708800053,Tiga,kepala_dusun,31/02/2024,,,,\n"
                   + "6101011708800054,Empat,kepala_dusun,01/01/2024,,12AB,JKK JKX,01/02/2024\n"
                   + "6101011708800055,Lima,kepala_desa,01/01/2024,,,,\n"
                   + "6101011708800056,Enam,bupati,01/01/2024,,,,\n"
                   + "6101011708800057,Tujuh,kepala_dusun,01/01/2024,01/01/2023,,,\n"
                   + "6101011708800051,Satu lagi,kepala_desa,01/01/2024,,,,\n"
                   + "6101013102800058,Delapan,kepala_dusun,31/02/2024,,98A7,JKK JKM,01/02/2024\n";
        var report = await ImportAsync(village, RosterOps.LubukDagang, "salah.csv", Encoding.UTF8.GetBytes(file), dryRun: false);

        Assert.True(report.GetProperty("refused").GetBoolean());
        Assert.False(report.GetProperty("applied").GetBoolean());
        var problems = report.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("code").GetString())).ToList();
        Assert.Contains((3, "nik", "INVALID_NIK"), problems);
        Assert.Contains((4, "mulai_jabatan", "NOT_A_DATE"), problems);
        Assert.Contains((5, "program", "UNKNOWN_PROGRAM"), problems);
        Assert.Contains((6, "kode_jabatan", "POSITION_FULL"), problems);
        Assert.Contains((7, "kode_jabatan", "UNKNOWN_POSITION"), problems);
        Assert.Contains((8, "akhir_jabatan", "TERM_END_BEFORE_START"), problems);
        Assert.Contains((9, "nik", "DUPLICATE_ROW"), problems);
        // One row, three mistakes: all three named at once.
        Assert.Equal([("mulai_jabatan", "NOT_A_DATE"), ("nik", "INVALID_NIK"), ("no_kpj", "INVALID_KPJ")],
            problems.Where(p => p.Item1 == 10).Select(p => (p.Item2, p.Item3)).Order());
        Assert.All(report.GetProperty("problems").EnumerateArray(), p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("message").GetString())));
        // The values the Indonesian message names travel beside the code, so the portal can word it in English too.
        Assert.Equal(["max=1", "position=Kepala Desa"], ValuesOf(report, line: 6, "POSITION_FULL"));
        Assert.Equal(["value=JKX"], ValuesOf(report, line: 5, "UNKNOWN_PROGRAM"));
        Assert.Equal(["line=2"], ValuesOf(report, line: 9, "DUPLICATE_ROW"));
        Assert.Equal(0, await RosterSizeAsync(village, RosterOps.LubukDagang));
    }

    [Fact]
    public async Task A_workbook_with_Excel_date_serials_is_read_and_one_with_merged_cells_or_wrong_columns_is_refused()
    {
        var village = await app.SignInAsync("op.sengkubang");
        // 45292 is 1 January 2024 in Excel's calendar.
        var workbook = Workbook(["nik", "nama_lengkap", "kode_jabatan", "mulai_jabatan"], ["6102011708800061", "Dewi", "kepala_dusun", 45292], merge: null);
        var read = await ImportAsync(village, RosterOps.Sengkubang, "daftar.xlsx", workbook, dryRun: true);
        Assert.Equal((1, 0), (read.GetProperty("added").GetInt32(), read.GetProperty("problemCount").GetInt32()));

        var merged = Workbook(["nik", "nama_lengkap", "kode_jabatan", "mulai_jabatan"], ["6102011708800061", "Dewi", "kepala_dusun", 45292], merge: "A2:B2");
        var refused = await ImportAsync(village, RosterOps.Sengkubang, "gabung.xlsx", merged, dryRun: true);
        var problem = refused.GetProperty("problems").EnumerateArray().Single();
        Assert.Equal("MERGED_CELLS", problem.GetProperty("code").GetString());
        Assert.Contains("gabungan", problem.GetProperty("message").GetString());
        Assert.Equal(["cells=A2:B2"], ValuesOf(refused, line: 0, "MERGED_CELLS"));

        var wrong = await ImportAsync(village, RosterOps.Sengkubang, "lain.csv", "name,nik,jabatan\nDewi,6102011708800061,kepala_dusun\n"u8.ToArray(), dryRun: true);
        var codes = wrong.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToHashSet();
        Assert.Equal(["MISSING_COLUMN", "UNKNOWN_COLUMN"], codes.Order());

        var notAWorkbook = await ImportAsync(village, RosterOps.Sengkubang, "rusak.xlsx", "bukan xlsx"u8.ToArray(), dryRun: true);
        Assert.Equal("UNREADABLE_FILE", notAWorkbook.GetProperty("problems")[0].GetProperty("code").GetString());
        Assert.Equal(0, await RosterSizeAsync(village, RosterOps.Sengkubang));
    }

    [Fact]
    public async Task A_date_before_1900_or_after_2100_is_refused_naming_the_cell_as_written()
    {
        var village = await app.SignInAsync("op.lubukdagang");
        var file = "nik,nama_lengkap,kode_jabatan,tanggal_lahir,mulai_jabatan,akhir_jabatan,tanggal_sk,no_kpj,mulai_kepesertaan\n"
                   + "6101011708800061,Satu,kepala_dusun,01/01/1800,01/01/0001,31/12/9999,0001-01-01,,\n"
                   + "6101011708800062,Dua,kepala_dusun,,1,,,12345678901,2958465\n";
        var report = await ImportAsync(village, RosterOps.LubukDagang, "tanggal.csv", Encoding.UTF8.GetBytes(file), dryRun: true);
        var outOfRange = report.GetProperty("problems").EnumerateArray()
            .Where(p => p.GetProperty("code").GetString() == "DATE_OUT_OF_RANGE")
            .Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("values")[0].GetProperty("value").GetString()));
        Assert.Equal([(2, "akhir_jabatan", "31/12/9999"), (2, "mulai_jabatan", "01/01/0001"), (2, "tanggal_lahir", "01/01/1800"),
            (2, "tanggal_sk", "0001-01-01"), (3, "mulai_jabatan", "1"), (3, "mulai_kepesertaan", "2958465")], outOfRange.Order());

        // 2958465 is 31 December 9999 as an Excel serial number.
        var workbook = Workbook(["nik", "nama_lengkap", "kode_jabatan", "mulai_jabatan"], ["6101011708800063", "Tiga", "kepala_dusun", 2958465], merge: null);
        var serial = await ImportAsync(village, RosterOps.LubukDagang, "tanggal.xlsx", workbook, dryRun: true);
        Assert.Equal(["value=2958465"], ValuesOf(serial, line: 2, "DATE_OUT_OF_RANGE"));
    }

    [Fact]
    public async Task The_template_downloads_and_the_export_masks_NIK_for_readers_who_do_not_need_it()
    {
        var village = await app.SignInAsync("op.dalamkaum");
        var template = await village.Http.GetStringAsync("/api/roster/template?village=61.01.01.2001&format=csv");
        Assert.StartsWith("kode_desa,nik,nama_lengkap,", template);
        var asIs = await ImportAsync(village, RosterOps.DalamKaum, "templat.csv", Encoding.UTF8.GetBytes(template), dryRun: true);
        Assert.Equal(("nama_lengkap", "EXAMPLE_ROW"), (asIs.GetProperty("problems")[0].GetProperty("column").GetString(),
            asIs.GetProperty("problems")[0].GetProperty("code").GetString()));
        var xlsx = await village.Http.GetByteArrayAsync("/api/roster/template?format=xlsx");
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);

        await village.SendAsync(RosterOps.AddPerson, new
        {
            input = new { villageCode = RosterOps.DalamKaum, fullName = "Sri Wahyuni", nik = "6101015708800071", positionCode = "ketua_rt",
                termStart = "2024-01-01", phone = "081255550071" },
        });
        Assert.Contains("081255550071", await village.Http.GetStringAsync($"/api/roster/export?region={RosterOps.DalamKaum}&format=csv"));
        var viewer = await app.SignInAsync("viewer.sambas");
        var export = await viewer.Http.GetStringAsync($"/api/roster/export?region=61.01&format=csv");
        var sri = export.Split("\r\n").Single(l => l.Contains("Sri Wahyuni")).Split(',');
        Assert.Equal(("610101******0071", "***", "***"), (sri[1], sri[4], sri[5]));
        Assert.DoesNotContain("6101015708800071", export);
        Assert.DoesNotContain("17/08/1980", export);
        var outside = await viewer.Http.GetAsync($"/api/roster/export?region=61.02&format=csv");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, outside.StatusCode);
    }

    private static async Task<JsonElement> ImportAsync(GraphQLClient client, string village, string name, byte[] file, bool dryRun)
    {
        var response = await client.SendAsync(Import, new { v = village, name, file = Convert.ToBase64String(file), dry = dryRun });
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Empty(response.ErrorCodes("importRoster"));
        return response.Data.GetProperty("importRoster").GetProperty("report");
    }

    private static async Task<List<JsonElement>> RosterAsync(GraphQLClient client, string village)
    {
        var people = await client.SendAsync("""
            query($v: String!) { people(where: { villageCode: { eq: $v } }, first: 200) { nodes { fullName appointment birthDate enrollment { scheme } } } }
            """, new { v = village });
        return people.Data.GetProperty("people").GetProperty("nodes").EnumerateArray().ToList();
    }

    private static async Task<int> RosterSizeAsync(GraphQLClient client, string village) => (await RosterAsync(client, village)).Count;

    private static byte[] Workbook(string[] header, object[] row, string? merge)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(
                new Row(header.Select(h => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(h)) })),
                new Row(row.Select(v => v is int n
                    ? new Cell { CellValue = new CellValue(n) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)v)) })));
            var worksheet = new Worksheet(data);
            if (merge is not null) worksheet.Append(new MergeCells(new MergeCell { Reference = merge }));
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Daftar" }));
        }
        return stream.ToArray();
    }

    private static IEnumerable<string> ValuesOf(JsonElement report, int line, string code) =>
        report.GetProperty("problems").EnumerateArray()
            .Single(p => p.GetProperty("line").GetInt32() == line && p.GetProperty("code").GetString() == code)
            .GetProperty("values").EnumerateArray()
            .Select(v => $"{v.GetProperty("name").GetString()}={v.GetProperty("value").GetString()}").Order();
}
