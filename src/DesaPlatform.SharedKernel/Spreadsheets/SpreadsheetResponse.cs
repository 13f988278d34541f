using Microsoft.AspNetCore.Http;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>A list as a downloaded file: CSV (UTF-8, CRLF) streamed row by row, or a one-sheet XLSX.</summary>
public static class SpreadsheetResponse
{
    public static async Task WriteAsync(HttpResponse response, string name, string? format, IReadOnlyList<string> header,
        IAsyncEnumerable<IReadOnlyList<string>> rows, CancellationToken cancellationToken)
    {
        var xlsx = format == "xlsx";
        response.ContentType = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}.{(xlsx ? "xlsx" : "csv")}\"";
        if (xlsx)
        {
            // The OpenXML writer needs a seekable stream and a synchronous sequence.
            var all = new List<IReadOnlyList<string>>();
            await foreach (var row in rows.WithCancellation(cancellationToken)) all.Add(row);
            using var buffer = new MemoryStream();
            Xlsx.Write(buffer, "Data", header, all);
            buffer.Position = 0;
            await buffer.CopyToAsync(response.Body, cancellationToken);
            return;
        }
        await CsvOutput.WriteAsync(response.Body, header, rows, cancellationToken);
    }
}
