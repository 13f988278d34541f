using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>One-sheet XLSX of text cells, streamed row by row (no row limit beyond Excel's own).</summary>
public static class Xlsx
{
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
            writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell)) });
        }
        writer.WriteEndElement();
    }
}
