using DesaPlatform.SharedKernel.Spreadsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DesaPlatform.Tests.Unit.SharedKernel;

public sealed class XlsxTests
{
    [Fact]
    public void A_text_longer_than_Excel_holds_in_a_cell_is_cut_with_a_note_and_a_short_one_is_kept()
    {
        using var output = new MemoryStream();
        Xlsx.Write(output, "audit", ["short", "long"], [["61.01", new string('x', 40_000)]]);

        output.Position = 0;
        using var document = SpreadsheetDocument.Open(output, false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ElementAt(1).Descendants<Text>().Select(t => t.Text).ToList();
        Assert.Equal("61.01", cells[0]);
        Assert.Equal(Xlsx.MaxCellText, cells[1].Length);
        Assert.EndsWith(Xlsx.CutNote, cells[1]);
    }
}
