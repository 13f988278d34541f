namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>
/// One line of an uploaded CSV: its line number (1 = the first line), its fields, and whether a quote opened on it
/// was never closed.
/// </summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool QuoteUnclosed)
{
    /// <summary>The line holds nothing but spaces (a line of separators is not blank: it has empty fields).</summary>
    public bool IsBlank => Fields.Count <= 1 && Fields.All(f => f.Trim().Length == 0);
}
