using System.Text.Unicode;
using System.Xml;
using DesaPlatform.SharedKernel.GraphQL;

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
/// Reads what users upload from their spreadsheet programs, within <see cref="SheetLimits"/>: CSV with commas or
/// semicolons (Excel in Indonesian locale writes semicolons), with or without a UTF-8 BOM; or the first sheet of an
/// XLSX (<see cref="XlsxSheet"/>).
/// </summary>
public static class SheetReader
{
    public static UploadedSheet Read(byte[] file, string fileName)
    {
        try
        {
            return fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(file) : ReadCsv(file);
        }
        catch (SheetRefusedException refused)
        {
            return refused.Refusal;
        }
    }

    private static UploadedSheet ReadCsv(byte[] file)
    {
        if (!Utf8.IsValid(file))
            return UploadedSheet.Refused("NOT_UTF8", "Berkas bukan teks UTF-8. Simpan dari Excel sebagai \"CSV UTF-8\".");
        var rows = new List<SheetRow>();
        foreach (var record in CsvText.Records(file, separator: null, bounded: true))
        {
            if (record.Line == 1 && record.IsBlank) break;
            if (record.QuoteUnclosed)
                return UploadedSheet.Refused("QUOTE_NOT_CLOSED", $"Baris {record.Line}: tanda kutip tidak ditutup.", ("line", record.Line));
            if (!record.IsBlank) SheetLimits.AddRow(rows, new SheetRow(record.Line, record.Fields.Select(CsvOutput.Unprotected).ToList()));
        }
        return rows.Count == 0 ? UploadedSheet.Refused("NO_HEADER", "Berkas kosong atau baris judul kosong.") : new UploadedSheet(rows, null);
    }

    private static UploadedSheet ReadXlsx(byte[] file)
    {
        try
        {
            return XlsxSheet.Read(file);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return UploadedSheet.Refused("UNREADABLE_FILE", "Berkas XLSX tidak dapat dibaca. Simpan ulang dari Excel sebagai .xlsx, atau unggah CSV.");
        }
    }
}
