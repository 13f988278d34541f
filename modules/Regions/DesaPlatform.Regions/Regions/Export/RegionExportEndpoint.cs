using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DesaPlatform.Regions.Regions.Export;

/// <summary><c>GET /api/regions/export?root=61.01&amp;format=csv|xlsx</c>: a sub-tree of the caller's scope as a file.</summary>
internal static class RegionExportEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/regions/export", async (string? root, string? format, IRegionDirectory regions, IRegionExporter exporter,
            HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (root is not null && await regions.FindAsync(root, cancellationToken) is null) return Results.NotFound();
            var rows = await exporter.RowsAsync(root, cancellationToken);
            await SpreadsheetResponse.WriteAsync(response, $"wilayah-{root ?? "semua"}", format, exporter.Header, rows.ToAsyncEnumerable(),
                cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();
}
