using System.Text.Unicode;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Spreadsheets;
using DesaPlatform.Regions.Domain;
using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.Regions.Regions.Import;

/// <summary>
/// Reads a region file (<c>code,name,level,parent_code,kind</c>), checking every line and collecting every problem. A
/// cell our export protected from spreadsheets with an apostrophe reads as it was, so an export imports unchanged.
/// </summary>
internal static class RegionFileReader
{
    public const string Header = "code,name,level,parent_code,kind";

    public static (List<RegionRow> Rows, List<RegionImportProblem> Problems) Read(byte[] content)
    {
        var rows = new List<RegionRow>();
        var problems = new List<RegionImportProblem>();
        if (content.AsSpan().StartsWith("\uFEFF"u8))
        {
            problems.Add(Problems.Bom());
            content = content[3..];
        }
        if (!Utf8.IsValid(content)) return (rows, [.. problems, Problems.NotUtf8()]);

        var records = CsvText.Read(content, ',');
        if (records.Count == 0) return (rows, [.. problems, Problems.Empty()]);
        var header = string.Join(',', records[0].Fields);
        if (header != Header || records[0].QuoteUnclosed)
        {
            problems.Add(header.Contains(';') || header.Contains('\t') ? Problems.Delimiter(1) : Problems.Header(Header));
            return (rows, problems);
        }

        var firstLineOf = new Dictionary<string, int>();
        foreach (var record in records.Skip(1))
        {
            var lineNumber = record.Line;
            if (ReadRow(record, problems) is not { } row) continue;
            if (firstLineOf.TryGetValue(row.Code, out var first)) problems.Add(Problems.Duplicate(lineNumber, row.Code, first));
            else
            {
                firstLineOf[row.Code] = lineNumber;
                rows.Add(row);
            }
        }
        foreach (var row in rows.Where(r => r.ParentCode is not null && !firstLineOf.ContainsKey(r.ParentCode)))
            problems.Add(Problems.ParentMissing(row.Line, row.ParentCode!));
        return (rows, problems.OrderBy(p => p.Line).ToList());
    }

    private static RegionRow? ReadRow(CsvRecord record, List<RegionImportProblem> problems)
    {
        var (lineNumber, fields) = (record.Line, record.Fields.Select(CsvOutput.Unprotected).ToList());
        if (record.IsBlank)
        {
            problems.Add(Problems.BlankLine(lineNumber));
            return null;
        }
        if (record.QuoteUnclosed)
        {
            problems.Add(Problems.Quote(lineNumber));
            return null;
        }
        if (fields.Count != 5)
        {
            problems.Add(fields.Count == 1 && (fields[0].Contains(';') || fields[0].Contains('\t')) ? Problems.Delimiter(lineNumber) : Problems.Columns(lineNumber, fields.Count));
            return null;
        }

        var (code, name, levelText, parentText, kindText) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
        var before = problems.Count;
        var wellFormed = RegionCode.IsWellFormed(code);
        if (!wellFormed) problems.Add(Problems.Code(lineNumber, code));
        if (name.Trim().Length == 0) problems.Add(Problems.NameEmpty(lineNumber));
        else if (name.Length > RegionName.MaxLength) problems.Add(Problems.NameTooLong(lineNumber, RegionName.MaxLength));
        if (!RegionLevelNames.TryParse(levelText, out var level)) problems.Add(Problems.Level(lineNumber, levelText));
        if (!RegionKindNames.TryParse(kindText, out var kind)) problems.Add(Problems.Kind(lineNumber, kindText, "kabupaten, kota, desa, kelurahan, desa adat"));
        if (problems.Count > before || !wellFormed) return null;

        var expectedLevel = RegionLevelNames.ForDepth(RegionCode.Depth(code));
        if (level != expectedLevel) problems.Add(Problems.LevelMismatch(lineNumber, levelText, RegionLevelNames.ToText(expectedLevel)));
        var expectedParent = RegionCode.ParentOf(code) ?? "";
        if (parentText != expectedParent) problems.Add(Problems.Parent(lineNumber, parentText, expectedParent));
        var expectedKind = RegionKindNames.Expected(code, expectedLevel);
        if (kind != expectedKind) problems.Add(Problems.Kind(lineNumber, kindText, RegionKindNames.ToText(expectedKind)));
        return problems.Count > before ? null : new RegionRow(lineNumber, code, name, level, parentText.Length == 0 ? null : parentText, kind);
    }
}
