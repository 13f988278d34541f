using System.Globalization;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DesaPlatform.Targets.Monitoring.LaggingVillages;

/// <summary>
/// <c>GET /api/lagging-villages/export?region=61&amp;segment=BPD&amp;kind=no-coverage|below-target&amp;within=61.01&amp;format=csv|xlsx</c>:
/// the whole list the page pages through, in the same order.
/// </summary>
internal static class LaggingVillagesExportEndpoint
{
    private static readonly string[] Header =
    [
        "kode_desa", "nama_desa", "kecamatan", "kabupaten_kota", "orang_menjabat", "orang_terlindungi", "cakupan_persen", "target_persen",
        "target_dari", "terakhir_disetujui", "temuan_terbuka",
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/lagging-villages/export", async (string region, string segment, string kind, string? within, string? format,
            LaggingVillagesHandler handler, HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (LagSegment.Problem(segment) is { } problem) return Results.BadRequest(problem);
            LagKind? lag = kind switch { "no-coverage" => LagKind.NoCoverage, "below-target" => LagKind.BelowTarget, _ => null };
            if (lag is null) return Results.BadRequest($"Kind '{kind}' is not no-coverage or below-target.");
            var villages = await handler.HandleAsync(new LagQuery(region, segment, lag.Value, within, LagOrder.Code, false), cancellationToken);
            if (villages is null) return Results.NotFound();
            await SpreadsheetResponse.WriteAsync(response, $"desa-{kind}-{segment.ToLowerInvariant()}-{within ?? region}", format, Header,
                villages.Select(Row).ToAsyncEnumerable(), cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();

    private static IReadOnlyList<string> Row(LaggingVillage v) =>
    [
        v.Code, v.Name, v.DistrictName, v.RegencyName, Text(v.InOffice), Text(v.Covered), Text(v.CoveragePercent), Text(v.Target?.Percent),
        v.Target?.SetFor ?? "", v.LastApprovedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Text(v.OpenFindings),
    ];

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
