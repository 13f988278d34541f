using DesaPlatform.Regions.Domain;

namespace DesaPlatform.Regions.Seeding;

/// <summary>Reads the region list format <c>code,name,level,parent_code,kind</c> (see Data/SOURCES.md).</summary>
internal static class RegionCsv
{
    public const string Header = "code,name,level,parent_code,kind";

    public static IEnumerable<Region> Read(TextReader reader)
    {
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        if (header != Header) throw new FormatException($"Expected header '{Header}' but found '{header}'.");
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (cells.Length != 5) throw new FormatException($"Line {lineNumber}: expected 5 columns, found {cells.Length}.");
            yield return new Region
            {
                Code = cells[0],
                Name = cells[1],
                Level = Enum.Parse<RegionLevel>(cells[2], ignoreCase: true),
                ParentCode = cells[3].Length == 0 ? null : cells[3],
                Kind = cells[4].Length == 0 ? null : Enum.Parse<RegionKind>(cells[4].Replace(" ", "").Replace("_", ""), ignoreCase: true),
            };
        }
    }
}
