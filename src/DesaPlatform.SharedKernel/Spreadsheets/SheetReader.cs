using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>One row of an uploaded sheet: its line (1 = header) and its cells as text.</summary>
public sealed record SheetRow(int Line, IReadOnlyList<string> Cells);

/// <summary>The rows of an uploaded sheet, or why it cannot be read (Bahasa Indonesia).</summary>
public sealed record UploadedSheet(IReadOnlyList<SheetRow> Rows, string? Problem)
{
    public static UploadedSheet Refused(string problem) => new([], problem);
}

/// <summary>
/// Reads what users upload from their spreadsheet programs: CSV with commas or semicolons (Excel in Indonesian
/// locale writes semicolons), with or without a UTF-8 BOM; or the first sheet of an XLSX, where numbers come as
/// invariant text (an Excel date is its serial number, e.g. 45292) and merged cells are refused because a merged
/// cell's value belongs to one row only.
/// </summary>
public static class SheetReader
{
    public static UploadedSheet Read(byte[] file, string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(file) : ReadCsv(file);

    private static UploadedSheet ReadCsv(byte[] file)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(file);
        }
        catch (DecoderFallbackException)
        {
            return UploadedSheet.Refused("Berkas bukan teks UTF-8. Simpan dari Excel sebagai \"CSV UTF-8\".");
        }
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0].Length == 0) return UploadedSheet.Refused("Berkas kosong atau baris judul kosong.");
        var delimiter = lines[0].Count(c => c == ';') > lines[0].Count(c => c == ',') ? ';' : ',';
        var rows = new List<SheetRow>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var cells = CsvLine.Split(lines[i], delimiter);
            if (cells is null) return UploadedSheet.Refused($"Baris {i + 1}: tanda kutip tidak ditutup.");
            rows.Add(new SheetRow(i + 1, cells));
        }
        return new UploadedSheet(rows, null);
    }

    private static UploadedSheet ReadXlsx(byte[] file)
    {
        try
        {
            using var stream = new MemoryStream(file);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException();
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                        ?? throw new InvalidDataException();
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            if (worksheet.Descendants<MergeCell>().FirstOrDefault() is { } merged)
                return UploadedSheet.Refused($"Ada sel gabungan ({merged.Reference}). Pisahkan dulu sel gabungan (Unmerge) sebelum mengunggah.");
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var rows = new List<SheetRow>();
            foreach (var row in worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column) cells.Add("");
                    cells.Add(CellText(cell, shared));
                }
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(new SheetRow((int)(row.RowIndex?.Value ?? (uint)rows.Count + 1), cells));
            }
            return rows.Count == 0 ? UploadedSheet.Refused("Lembar pertama kosong.") : new UploadedSheet(rows, null);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FormatException or System.Xml.XmlException)
        {
            return UploadedSheet.Refused("Berkas XLSX tidak dapat dibaca. Simpan ulang dari Excel sebagai .xlsx, atau unggah CSV.");
        }
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        var value = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var index) && index < shared.Count)
            return shared[index];
        if (cell.DataType is null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return number.ToString(CultureInfo.InvariantCulture);
        return value;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (reference is null) return null;
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }
}
