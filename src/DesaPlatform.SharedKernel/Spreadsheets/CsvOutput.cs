using CsvHelper;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>
/// Writes a list as CSV through CsvHelper: UTF-8 without BOM, CRLF (RFC 4180), and a text cell that a spreadsheet
/// would run as a formula (starting with = + - @, tab or CR) written with a leading apostrophe, because staff open
/// these files in Excel.
/// </summary>
public static class CsvOutput
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static async Task WriteAsync(Stream output, IReadOnlyList<string> header,
        IAsyncEnumerable<IReadOnlyList<string>> rows, CancellationToken cancellationToken)
    {
        await using var writer = CsvWriter.Create(output, Options, leaveOpen: true);
        await WriteRecordAsync(writer, header, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken)) await WriteRecordAsync(writer, row, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>A cell as it was before <see cref="WriteAsync"/> protected it, so that our own exports import unchanged.</summary>
    public static string Unprotected(string cell) =>
        cell.Length > 1 && cell[0] == Options.InjectionEscape && Options.InjectionCharacters.Contains(cell[1]) ? cell[1..] : cell;

    private static async Task WriteRecordAsync(CsvWriter writer, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        foreach (var field in fields) writer.WriteField(field);
        await writer.EndRecordAsync(cancellationToken);
    }
}
