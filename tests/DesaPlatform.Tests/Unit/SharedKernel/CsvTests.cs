using System.Text;
using DesaPlatform.SharedKernel.Spreadsheets;

namespace DesaPlatform.Tests.Unit.SharedKernel;

public sealed class CsvTests
{
    [Theory]
    [InlineData("12.07.28.1007,\"Lubuk Pakam I,II\",village,12.07.28,kelurahan", 5)]
    [InlineData("a,\"say \"\"hi\"\"\",c", 3)]
    public async Task Fields_round_trip_through_quoting(string line, int fields)
    {
        var record = Assert.Single(CsvText.Read(Encoding.UTF8.GetBytes(line), ','));
        Assert.Equal(fields, record.Fields.Count);
        Assert.Equal(line + "\r\n", await WriteAsync(record.Fields));
    }

    [Fact]
    public void An_unclosed_quote_spoils_its_own_line_only()
    {
        var records = CsvText.Read("code,name\n61,\"Kalimantan\n62,Kalteng\n"u8.ToArray(), ',');
        Assert.Equal([false, true, false], records.Select(r => r.QuoteUnclosed));
        Assert.Equal(["62", "Kalteng"], records[2].Fields);
    }

    [Fact]
    public void Lines_are_numbered_as_the_file_counts_them_blank_lines_included()
    {
        var records = CsvText.Read("\uFEFFa;b\n\n1;2\n"u8.ToArray());
        Assert.Equal([1, 2, 3], records.Select(r => r.Line));
        Assert.Equal([false, true, false], records.Select(r => r.IsBlank));
        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(["1", "2"], records[2].Fields);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+62 812", "\"'+62 812\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("Sungai Kakap", "Sungai Kakap")]
    public async Task A_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string cell, string written) =>
        Assert.Equal($"{written}\r\n", await WriteAsync([cell]));

    [Fact]
    public async Task An_uploaded_sheet_reads_our_protected_cells_as_they_were()
    {
        var written = await WriteAsync(["no_hp", "+62 812 5555"]);
        var sheet = SheetReader.Read(Encoding.UTF8.GetBytes(written), "daftar.csv");
        Assert.Equal(["no_hp", "+62 812 5555"], Assert.Single(sheet.Rows).Cells);
    }

    [Fact]
    public void An_uploaded_sheet_with_an_unclosed_quote_is_refused_naming_the_line()
    {
        var sheet = SheetReader.Read("nik;nama_lengkap\n\n6101011708800051;\"Dewi\n"u8.ToArray(), "daftar.csv");
        Assert.Equal(("QUOTE_NOT_CLOSED", "3"), (sheet.Problem?.Code, sheet.Problem?.Values["line"]));
    }

    private static async Task<string> WriteAsync(IReadOnlyList<string> fields)
    {
        using var output = new MemoryStream();
        await CsvOutput.WriteAsync(output, fields, AsyncEnumerable.Empty<IReadOnlyList<string>>(), CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
