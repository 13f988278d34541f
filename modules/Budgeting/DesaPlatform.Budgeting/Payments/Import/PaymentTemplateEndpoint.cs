using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DesaPlatform.Budgeting.Payments.Import;

/// <summary><c>GET /api/payments/template?format=csv|xlsx</c>: the import's columns and one example row (a made-up person).</summary>
internal static class PaymentTemplateEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/payments/template", async (string? format, HttpResponse response, CancellationToken cancellationToken) =>
        {
            IReadOnlyList<string> example = ["6101010101900001", "", "2025-08", "10920"];
            await SpreadsheetResponse.WriteAsync(response, "templat-pembayaran-iuran", format, PaymentSheet.Header, new[] { example }.ToAsyncEnumerable(), cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();
}
