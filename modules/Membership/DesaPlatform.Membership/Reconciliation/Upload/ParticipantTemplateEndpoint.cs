using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DesaPlatform.Membership.Reconciliation.Upload;

/// <summary><c>GET /api/bpjs-participants/template?format=csv|xlsx</c>: the list's columns and one example row.</summary>
internal static class ParticipantTemplateEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/bpjs-participants/template", async (string? format, HttpResponse response, CancellationToken cancellationToken) =>
        {
            IReadOnlyList<string> example = ["6101010101800001", "Budi Santoso", "", "PU", "JKK,JKM", "aktif", "2026-10", "01/01/1980"];
            await SpreadsheetResponse.WriteAsync(response, "templat-peserta-bpjs", format, ParticipantSheet.Header, new[] { example }.ToAsyncEnumerable(), cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount(ReconciliationRoles.Uploaders);
}
