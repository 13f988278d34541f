using System.Text;
using CsvHelper;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>
/// CSV through CsvHelper, read the way our uploads need: every line a record (a line break never continues a
/// quoted field, so one unclosed quote spoils its own line, not the rest of the file), blank lines kept for the
/// caller to count or skip, and values kept as written (no trimming). Files are checked to be UTF-8 first.
/// </summary>
public static class CsvText
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        HasHeader = false,
        AllowLineBreaksInQuotes = false,
        SkipEmptyLines = false,
        TrackLineNumbers = true,
        TrimWhitespace = false,
        DetectSeparatorHint = false,
        IncludeValuesInExceptions = false,
    };

    /// <summary>The records of UTF-8 text (a BOM is passed over); the separator is detected among , ; tab | unless given.</summary>
    public static List<CsvRecord> Read(byte[] utf8, char? separator = null) => [.. Records(utf8, separator, bounded: false)];

    /// <summary>
    /// The records one by one, as they are read. When <paramref name="bounded"/>, each is held to
    /// <see cref="SheetLimits"/> before its fields become strings: content beyond the last column, a field longer than a
    /// cell may be or holding a NUL character is refused (<see cref="SheetRefusedException"/>), empty fields beyond the
    /// last column are dropped.
    /// </summary>
    internal static IEnumerable<CsvRecord> Records(byte[] utf8, char? separator, bool bounded)
    {
        var unclosed = new HashSet<long>();
        var options = Options with
        {
            Separator = separator,
            OnMalformedRecord = record =>
            {
                if (record.Reason is CsvMalformedReason.LineBreakInQuotes or CsvMalformedReason.UnterminatedQuote) unclosed.Add(record.LineNumber);
            },
        };
        using var reader = CsvReader.Create(utf8, options);
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var fields = new string[bounded ? BoundedFieldCount(reader, line) : reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                if (bounded) Check(reader.GetSpan(i), CellName.Of(i, line));
                fields[i] = reader.GetString(i) ?? "";
            }
            yield return new CsvRecord(line, fields, unclosed.Contains(reader.LineNumber));
        }
    }

    private static int BoundedFieldCount(CsvReader reader, int line)
    {
        for (var i = SheetLimits.MaxColumns; i < reader.FieldCount; i++)
            if (!reader.GetSpan(i).IsEmpty) throw SheetLimits.ColumnOutOfRange(CellName.Of(i, line));
        return Math.Min(reader.FieldCount, SheetLimits.MaxColumns);
    }

    private static void Check(ReadOnlySpan<byte> utf8, string cell)
    {
        if (utf8.Length > SheetLimits.MaxCellLength && Encoding.UTF8.GetCharCount(utf8) > SheetLimits.MaxCellLength)
            throw SheetLimits.CellTooLong(cell);
        if (utf8.Contains((byte)0)) throw SheetLimits.NulCharacter(cell);
    }
}
