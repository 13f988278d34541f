using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
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
            var xlsx = format == "xlsx";
            var name = $"wilayah-{root ?? "semua"}.{(xlsx ? "xlsx" : "csv")}";
            response.ContentType = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
            response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
            if (xlsx)
            {
                // The OpenXML writer needs a seekable stream.
                using var buffer = new MemoryStream();
                await exporter.WriteXlsxAsync(buffer, root, cancellationToken);
                buffer.Position = 0;
                await buffer.CopyToAsync(response.Body, cancellationToken);
            }
            else await exporter.WriteCsvAsync(response.Body, root, cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();
}
