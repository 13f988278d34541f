using System.IO.Compression;
using System.Text;
using DesaPlatform.SharedKernel.Spreadsheets;

namespace DesaPlatform.Tests.Unit.SharedKernel;

/// <summary>
/// Hostile spreadsheets are refused as they are read, naming the limit, without building what they ask for: the
/// allocation bound shows that nothing the size of the file's claims was made.
/// </summary>
public sealed class SheetLimitsTests
{
    private const long SmallAllocation = 16 * 1024 * 1024;

    [Fact]
    public void Within_the_limits_a_sheet_reads_shared_and_rich_strings_numbers_and_cells_without_references()
    {
        var file = Workbook(Row(1, """<c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>""")
                            + """<row><c t="inlineStr"><is><r><t>De</t></r><r><rPr><b/></rPr><t xml:space="preserve">wi </t></r></is></c><c><v>45292</v></c><c><f>1+0.5</f><v>1.50</v></c></row>""",
            sharedStrings: ["nik", "<r><t>nama</t></r><r><t>_lengkap</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh>"]);
        var sheet = SheetReader.Read(file, "daftar.xlsx");
        Assert.Equal([(1, ["nik", "", "nama_lengkap"]), (2, ["Dewi ", "45292", "1.5"])], sheet.Rows.Select(r => (r.Line, r.Cells.ToArray())));
    }

    [Fact]
    public void A_cell_far_to_the_right_is_refused_not_padded()
    {
        var file = Workbook(Row(1, """<c r="A1" t="inlineStr"><is><t>nik</t></is></c><c r="ZZZZZZ1" t="inlineStr"><is><t>x</t></is></c>"""));
        var (sheet, allocated) = Read(file, "daftar.xlsx");
        Assert.Equal(("COLUMN_OUT_OF_RANGE", "ZZZZZZ1", "100"), (sheet.Problem?.Code, sheet.Problem?.Values["cell"], sheet.Problem?.Values["max"]));
        Assert.InRange(allocated, 0, SmallAllocation);
    }

    [Fact]
    public void An_empty_cell_far_to_the_right_is_passed_over()
    {
        var file = Workbook(Row(1, """<c r="A1" t="inlineStr"><is><t>nik</t></is></c><c r="XFD1" s="1"/>"""));
        Assert.Equal(["nik"], Assert.Single(SheetReader.Read(file, "daftar.xlsx").Rows).Cells);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1")]
    [InlineData("satu")]
    public void A_shared_string_index_outside_the_table_is_refused(string index)
    {
        var file = Workbook(Row(1, $"""<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>{index}</v></c>"""), sharedStrings: ["nik"]);
        var sheet = SheetReader.Read(file, "daftar.xlsx");
        Assert.Equal(("BAD_SHARED_STRING", "B1"), (sheet.Problem?.Code, sheet.Problem?.Values["cell"]));
    }

    [Fact]
    public void A_cell_longer_than_the_limit_is_refused_naming_it_whether_inline_shared_or_a_value()
    {
        var longest = new string('a', SheetLimits.MaxCellLength);
        var tooLong = longest + "a";
        Assert.Null(SheetReader.Read(Workbook(Row(1, Inline("A1", longest))), "daftar.xlsx").Problem);

        var inline = SheetReader.Read(Workbook(Row(1, Inline("A1", "nik")) + Row(2, Inline("B2", tooLong))), "daftar.xlsx");
        Assert.Equal(("CELL_TOO_LONG", "B2", "1000"), (inline.Problem?.Code, inline.Problem?.Values["cell"], inline.Problem?.Values["max"]));
        var shared = SheetReader.Read(Workbook(Row(1, """<c r="C1" t="s"><v>1</v></c>"""), sharedStrings: ["nik", tooLong]), "daftar.xlsx");
        Assert.Equal(("CELL_TOO_LONG", "C1"), (shared.Problem?.Code, shared.Problem?.Values["cell"]));
        var value = SheetReader.Read(Workbook(Row(1, $"""<c r="D1"><v>{new string('1', SheetLimits.MaxCellLength + 1)}</v></c>""")), "daftar.xlsx");
        Assert.Equal(("CELL_TOO_LONG", "D1"), (value.Problem?.Code, value.Problem?.Values["cell"]));
        // A long string that no cell of the first sheet uses (another sheet's) is no reason to refuse.
        Assert.Null(SheetReader.Read(Workbook(Row(1, """<c r="A1" t="s"><v>0</v></c>"""), sharedStrings: ["nik", tooLong]), "daftar.xlsx").Problem);
    }

    [Fact]
    public void More_rows_than_the_limit_are_refused()
    {
        var rows = new StringBuilder();
        for (var line = 1; line <= SheetLimits.MaxRows + 1; line++) rows.Append(Row(line, Inline($"A{line}", "x")));
        var sheet = SheetReader.Read(Workbook(rows.ToString()), "daftar.xlsx");
        Assert.Equal(("TOO_MANY_ROWS", "50000"), (sheet.Problem?.Code, sheet.Problem?.Values["max"]));
    }

    [Theory]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("xl/sharedStrings.xml")]
    [InlineData("xl/workbook.xml")]
    public void A_part_that_inflates_beyond_the_limit_is_refused_as_it_is_read(string part)
    {
        var file = Workbook(Row(1, """<c r="A1" t="s"><v>0</v></c>"""), sharedStrings: ["nik"], padded: part);
        Assert.True(file.Length < 1024 * 1024, $"The zip is {file.Length} bytes.");
        var (sheet, allocated) = Read(file, "bom.xlsx");
        Assert.Equal(("SHEET_TOO_LARGE", "50"), (sheet.Problem?.Code, sheet.Problem?.Values["max"]));
        Assert.InRange(allocated, 0, SmallAllocation);
    }

    [Fact]
    public void A_document_type_declaration_is_not_expanded()
    {
        const string laughs = """<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>""";
        var file = Workbook(Row(1, """<c r="A1" t="inlineStr"><is><t>&b;</t></is></c>"""), prolog: laughs);
        Assert.Equal("UNREADABLE_FILE", SheetReader.Read(file, "daftar.xlsx").Problem?.Code);
    }

    [Fact]
    public void A_csv_is_held_to_the_same_columns_cell_length_and_rows_and_a_NUL_is_refused()
    {
        var wide = "nik" + new string(';', SheetLimits.MaxColumns) + "x\n";
        var columns = SheetReader.Read(Encoding.UTF8.GetBytes("a;b\n" + wide), "daftar.csv");
        Assert.Equal(("COLUMN_OUT_OF_RANGE", "CW2", "100"), (columns.Problem?.Code, columns.Problem?.Values["cell"], columns.Problem?.Values["max"]));
        var trailing = SheetReader.Read(Encoding.UTF8.GetBytes("nik" + new string(';', SheetLimits.MaxColumns + 20) + "\n"), "daftar.csv");
        Assert.Equal(SheetLimits.MaxColumns, Assert.Single(trailing.Rows).Cells.Count);

        var tooLong = SheetReader.Read(Encoding.UTF8.GetBytes($"nik;nama\n1;\"{new string('é', SheetLimits.MaxCellLength + 1)}\"\n"), "daftar.csv");
        Assert.Equal(("CELL_TOO_LONG", "B2", "1000"), (tooLong.Problem?.Code, tooLong.Problem?.Values["cell"], tooLong.Problem?.Values["max"]));
        Assert.Null(SheetReader.Read(Encoding.UTF8.GetBytes($"nik;nama\n1;{new string('é', SheetLimits.MaxCellLength)}\n"), "daftar.csv").Problem);

        var nul = SheetReader.Read("nik;nama\n1;De\0wi\n"u8.ToArray(), "daftar.csv");
        Assert.Equal(("NUL_CHARACTER", "B2"), (nul.Problem?.Code, nul.Problem?.Values["cell"]));

        var rows = SheetReader.Read(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("x\n", SheetLimits.MaxRows + 1))), "daftar.csv");
        Assert.Equal(("TOO_MANY_ROWS", "50000"), (rows.Problem?.Code, rows.Problem?.Values["max"]));
        Assert.Null(SheetReader.Read(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("x\n\n", SheetLimits.MaxRows))), "daftar.csv").Problem);
    }

    private static (UploadedSheet Sheet, long Allocated) Read(byte[] file, string name)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sheet = SheetReader.Read(file, name);
        return (sheet, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Row(int line, string cells) => $"""<row r="{line}">{cells}</row>""";

    private static string Inline(string cell, string text) => $"""<c r="{cell}" t="inlineStr"><is><t>{text}</t></is></c>""";

    private const string PaddingGoesHere = "<!--pad-->";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// A workbook written part by part, as a hostile client would: <paramref name="padded"/> names a part padded with
    /// whitespace until it inflates beyond <see cref="SheetLimits.MaxInflatedMegabytes"/> (its zip entry stays small).
    /// A shared string starting with &lt; is the XML of its item (rich text).
    /// </summary>
    private static byte[] Workbook(string rows, string[]? sharedStrings = null, string? padded = null, string prolog = "")
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>
                """,
            ["_rels/.rels"] = $"""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="{Relations}/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """,
            ["xl/_rels/workbook.xml.rels"] = $"""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="{Relations}/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="{Relations}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>
                """,
            ["xl/workbook.xml"] = $"""<workbook xmlns="{Main}" xmlns:r="{Relations}"><sheets><!--pad--><sheet name="Daftar" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            ["xl/sharedStrings.xml"] = $"""<sst xmlns="{Main}"><!--pad-->{string.Concat((sharedStrings ?? []).Select(s => s.StartsWith('<') ? $"<si>{s}</si>" : $"<si><t>{s}</t></si>"))}</sst>""",
            ["xl/worksheets/sheet1.xml"] = $"""{prolog}<worksheet xmlns="{Main}"><sheetData><!--pad-->{rows}</sheetData></worksheet>""",
        };
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create))
        {
            foreach (var (name, text) in parts)
            {
                var at = text.IndexOf(PaddingGoesHere, StringComparison.Ordinal);
                var (head, tail) = at < 0 ? (text, "") : (text[..at], text[(at + PaddingGoesHere.Length)..]);
                using var entry = new StreamWriter(archive.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                entry.Write(head);
                if (name == padded)
                {
                    var spaces = new string(' ', 1024 * 1024);
                    for (var mb = 0; mb <= SheetLimits.MaxInflatedMegabytes; mb++) entry.Write(spaces);
                }
                entry.Write(tail);
            }
        }
        return zip.ToArray();
    }
}
