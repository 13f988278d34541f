using DesaPlatform.SharedKernel.Spreadsheets;
using DesaPlatform.Regions.Domain;

namespace DesaPlatform.Tests.Unit.Regions;

public sealed class RegionNameTests
{
    [Theory]
    [InlineData("Regapu’u", "regapu'u")]
    [InlineData("DÉSA Ñusa", "desa nusa")]
    [InlineData("Sungai Kumpai", "sungai kumpai")]
    public void Names_are_searched_without_case_accents_or_curly_apostrophes(string name, string folded) =>
        Assert.Equal(folded, RegionName.ForSearch(name));

    [Theory]
    [InlineData("12.07.28.1007,\"Lubuk Pakam I,II\",village,12.07.28,kelurahan", 5)]
    [InlineData("a,\"say \"\"hi\"\"\",c", 3)]
    public void Csv_lines_round_trip_through_quoting(string line, int fields)
    {
        var split = CsvLine.Split(line)!;
        Assert.Equal(fields, split.Count);
        Assert.Equal(line, CsvLine.Join(split));
    }

    [Fact]
    public void An_unclosed_quote_is_not_a_line() => Assert.Null(CsvLine.Split("61,\"Kalimantan,province,,"));
}
