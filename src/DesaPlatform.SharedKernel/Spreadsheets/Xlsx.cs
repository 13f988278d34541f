using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>One-sheet XLSX of text cells, streamed row by row (no row limit beyond Excel's own).</summary>
public static class Xlsx
{
    /// <summary>Excel's limit for one cell: a workbook with a longer text does not open cleanly.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>Ends a text cut to <see cref="MaxCellText"/> (an import's audit summary can be megabytes); CSV keeps it whole.</summary>
    public const string CutNote = " … [terpotong; unduh CSV untuk isi lengkap]";

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, header);
            foreach (var row in rows) WriteRow(writer, row);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        workbook.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var cell in cells)
        {
            // Inline strings keep codes such as 61.01 as text instead of numbers.
            writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Fitted(cell))) });
        }
        writer.WriteEndElement();
    }

    private static string Fitted(string text) =>
        text.Length <= MaxCellText ? text : string.Concat(text.AsSpan(0, MaxCellText - CutNote.Length), CutNote);
}
