using System.Globalization;
using System.Text.Unicode;
using DesaPlatform.SharedKernel.GraphQL;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>One row of an uploaded sheet: its line (1 = header) and its cells as text.</summary>
public sealed record SheetRow(int Line, IReadOnlyList<string> Cells);

/// <summary>Why an uploaded sheet cannot be read: a code, its words (Bahasa Indonesia) and the values they name.</summary>
public sealed record SheetProblem(string Code, string Message, IReadOnlyDictionary<string, string> Values);

/// <summary>The rows of an uploaded sheet, or why it cannot be read.</summary>
public sealed record UploadedSheet(IReadOnlyList<SheetRow> Rows, SheetProblem? Problem)
{
    public static UploadedSheet Refused(string code, string message, params (string Name, object Value)[] values) =>
        new([], new SheetProblem(code, message, MessageValues.Of(values)));
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
        if (!Utf8.IsValid(file))
            return UploadedSheet.Refused("NOT_UTF8", "Berkas bukan teks UTF-8. Simpan dari Excel sebagai \"CSV UTF-8\".");
        var records = CsvText.Read(file);
        if (records.Count == 0 || records[0].IsBlank) return UploadedSheet.Refused("NO_HEADER", "Berkas kosong atau baris judul kosong.");
        if (records.FirstOrDefault(r => r.QuoteUnclosed) is { } unclosed)
            return UploadedSheet.Refused("QUOTE_NOT_CLOSED", $"Baris {unclosed.Line}: tanda kutip tidak ditutup.", ("line", unclosed.Line));
        return new UploadedSheet(records.Where(r => !r.IsBlank).Select(r => new SheetRow(r.Line, r.Fields.Select(CsvOutput.Unprotected).ToList())).ToList(), null);
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
                return UploadedSheet.Refused("MERGED_CELLS",
                    $"Ada sel gabungan ({merged.Reference}). Pisahkan dulu sel gabungan (Unmerge) sebelum mengunggah.", ("cells", merged.Reference?.Value ?? ""));
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
            return rows.Count == 0 ? UploadedSheet.Refused("FIRST_SHEET_EMPTY", "Lembar pertama kosong.") : new UploadedSheet(rows, null);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FormatException or System.Xml.XmlException)
        {
            return UploadedSheet.Refused("UNREADABLE_FILE", "Berkas XLSX tidak dapat dibaca. Simpan ulang dari Excel sebagai .xlsx, atau unggah CSV.");
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
