using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using DesaPlatform.SharedKernel.Spreadsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

// Reads one generated workbook with one reader, in a process of its own, and prints the time, the bytes allocated and
// the process's peak working set. "sdk" is the reader the product had before issue 9 (the Open XML SDK's DOM), kept
// here as the baseline; "new" is SheetReader. Files: "rows N" (N rows of 10 inline-string cells) or "bomb N" (a zip of
// about 1 MB whose sheet inflates to N MB of whitespace). benchmarks/sheet-reading.sh runs every pair.
var (kind, reader) = (args[0], args[1]);
var file = kind == "bomb" ? Workbook(rows: "", padMegabytes: int.Parse(args[2])) : Workbook(Rows(int.Parse(args[2])), 0);
GC.Collect();
var allocated = GC.GetTotalAllocatedBytes(true);
var watch = Stopwatch.StartNew();
string outcome;
try { outcome = reader == "sdk" ? OldReader(file) : Describe(SheetReader.Read(file, "x.xlsx")); }
catch (Exception e) { outcome = e.GetType().Name; }
watch.Stop();
Console.WriteLine($"{kind} {args[2]} zip={file.Length / 1024} KB reader={reader}: {watch.ElapsedMilliseconds} ms, allocated {(GC.GetTotalAllocatedBytes(true) - allocated) / 1048576} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB -> {outcome}");

static string Describe(UploadedSheet sheet) => sheet.Problem is { } problem ? $"refused {problem.Code}" : $"{sheet.Rows.Count} rows";

// The reader before issue 9 (DOM through the SDK), as it was.
static string OldReader(byte[] file)
{
    using var stream = new MemoryStream(file);
    using var document = SpreadsheetDocument.Open(stream, false);
    var workbook = document.WorkbookPart!;
    var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
    var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
    var rows = 0;
    foreach (var row in worksheet.Descendants<Row>()) { rows++; foreach (var cell in row.Elements<Cell>()) _ = cell.CellValue?.Text ?? cell.InlineString?.InnerText; }
    return $"{rows} rows";
}

static string Rows(int count)
{
    var sb = new StringBuilder();
    for (var r = 1; r <= count; r++)
    {
        sb.Append($"<row r=\"{r}\">");
        for (var c = 0; c < 10; c++) sb.Append($"<c r=\"{(char)('A' + c)}{r}\" t=\"inlineStr\"><is><t>nilai {r}-{c}</t></is></c>");
        sb.Append("</row>");
    }
    return sb.ToString();
}

static byte[] Workbook(string rows, int padMegabytes)
{
    const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main", rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    var parts = new Dictionary<string, string>
    {
        ["[Content_Types].xml"] = """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""",
        ["_rels/.rels"] = $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
        ["xl/_rels/workbook.xml.rels"] = $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""",
        ["xl/workbook.xml"] = $"""<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Daftar" sheetId="1" r:id="rId1"/></sheets></workbook>""",
        ["xl/worksheets/sheet1.xml"] = $"""<worksheet xmlns="{main}"><sheetData>@PAD@{rows}</sheetData></worksheet>""",
    };
    using var zip = new MemoryStream();
    using (var archive = new ZipArchive(zip, ZipArchiveMode.Create))
    foreach (var (name, text) in parts)
    {
        using var w = new StreamWriter(archive.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        var at = text.IndexOf("@PAD@");
        if (at < 0) { w.Write(text); continue; }
        w.Write(text[..at]);
        var spaces = new string(' ', 1024 * 1024);
        for (var i = 0; i < padMegabytes; i++) w.Write(spaces);
        w.Write(text[(at + 5)..]);
    }
    return zip.ToArray();
}
