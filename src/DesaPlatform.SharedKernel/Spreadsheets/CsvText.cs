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
    public static List<CsvRecord> Read(byte[] utf8, char? separator = null)
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
        var records = new List<CsvRecord>();
        using var reader = CsvReader.Create(utf8, options);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i) ?? "";
            records.Add(new CsvRecord((int)reader.LineNumber, fields, unclosed.Contains(reader.LineNumber)));
        }
        return records;
    }
}
