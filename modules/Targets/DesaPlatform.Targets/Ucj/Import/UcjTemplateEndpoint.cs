using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DesaPlatform.Targets.Ucj.Import;

/// <summary><c>GET /api/ucj-inputs/template?region=61&amp;format=csv|xlsx</c>: the import's columns and one example row.</summary>
internal static class UcjTemplateEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/ucj-inputs/template", async (string? region, string? format, HttpResponse response, CancellationToken cancellationToken) =>
        {
            IReadOnlyList<string> example =
                [region ?? "61", "2025-08", "350000", "420000", "15000", "2600000", "BPS Sakernas Agustus 2025; BPJS Ketenagakerjaan Kanwil Kalimantan", "05/11/2025", ""];
            await SpreadsheetResponse.WriteAsync(response, "templat-ucj", format, UcjSheet.Header, new[] { example }.ToAsyncEnumerable(), cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();
}
