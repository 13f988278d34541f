using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Spreadsheet;

/// <summary>
/// <c>GET /api/roster/export?region=61.01.01.2001&amp;format=csv|xlsx</c>: the current roster of a village (or of every
/// village under a region) in the import's columns, complete. <c>GET /api/roster/template?village=…&amp;format=…</c>:
/// the header with one example row.
/// </summary>
internal static class RosterExportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/roster/export", async (string region, string? format, IRegionDirectory regions, MembershipDbContext db,
            ICurrentUser user, HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (await regions.FindAsync(region, cancellationToken) is null) return Results.NotFound();
            var prefix = region + ".";
            var people = CurrentRoster.Of(db.People.AsNoTracking())
                .Where(p => p.RegionCode == region || p.RegionCode.StartsWith(prefix))
                .OrderBy(p => p.RegionCode).ThenBy(p => p.PositionCode).ThenBy(p => p.FullName).ThenBy(p => p.Id)
                .AsAsyncEnumerable();
            var mayReadNik = user.MayReadNik();
            var rows = people.Select(p =>
            {
                var row = RosterColumns.Row(p.RegionCode, p.Data());
                return mayReadNik ? row : [.. row.Take(1), PersonalData.MaskNik(p.Nik), .. row.Skip(2).Take(2), "", "", .. row.Skip(6)];
            });
            await WriteAsync(response, $"daftar-{region}", format, rows, cancellationToken);
            return Results.Empty;
        }).RequireAuthorization();

        app.MapGet("/api/roster/template", async (string? village, string? format, HttpResponse response, CancellationToken cancellationToken) =>
        {
            var example = new[] { RosterColumns.Example(village ?? "61.01.01.2001") }.ToAsyncEnumerable();
            await WriteAsync(response, "templat-daftar-desa", format, example, cancellationToken);
            return Results.Empty;
        }).RequireAuthorization();
    }

    private static async Task WriteAsync(HttpResponse response, string name, string? format,
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
            Xlsx.Write(buffer, "Daftar", RosterColumns.All, all);
            buffer.Position = 0;
            await buffer.CopyToAsync(response.Body, cancellationToken);
            return;
        }
        await using var writer = new StreamWriter(response.Body, new System.Text.UTF8Encoding(false));
        await writer.WriteAsync(CsvLine.Join(RosterColumns.All) + "\r\n");
        await foreach (var row in rows.WithCancellation(cancellationToken)) await writer.WriteAsync(CsvLine.Join(row) + "\r\n");
    }
}
