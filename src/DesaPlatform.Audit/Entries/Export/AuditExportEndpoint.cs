using DesaPlatform.Audit.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Audit.Entries.Export;

/// <summary>
/// <c>GET /api/audit/export?user=&amp;module=&amp;entity=&amp;entityId=&amp;action=&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;format=csv|xlsx</c>:
/// every entry of the caller's scope that the audit page's search finds, newest first — not just the page on screen.
/// </summary>
internal static class AuditExportEndpoint
{
    private static readonly IReadOnlyList<string> Header =
    [
        "waktu", "pengguna", "peran", "cakupan", "modul", "entitas", "id_entitas", "kode_wilayah", "tindakan", "sebelum", "sesudah",
        "id_permintaan",
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit/export", async ([AsParameters] AuditSearch search, string? format, AuditDbContext db, AuditQueryShape shape, ICurrentUser user,
            HttpResponse response, CancellationToken cancellationToken) =>
        {
            var zone = RegionTime.Of(user.Scope.RootCode);
            if (search.Problem() is { } problem) return Results.BadRequest(problem);
            var rows = search.Apply(db.Entries, shape, zone).OrderByDescending(e => e.Id).AsAsyncEnumerable()
                .Select(e => Row(e, zone));
            await SpreadsheetResponse.WriteAsync(response, "jejak-audit", format, Header, rows, cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount(AuditReaders.Roles);

    private static IReadOnlyList<string> Row(AuditEntry e, RegionTime zone) =>
    [
        zone.Format(e.At),
        e.UserName, e.Role ?? "", e.Scope ?? "", e.Module, e.Entity, e.EntityId, e.RegionCode, e.Action, e.Before ?? "", e.After ?? "",
        e.RequestId ?? "",
    ];
}
