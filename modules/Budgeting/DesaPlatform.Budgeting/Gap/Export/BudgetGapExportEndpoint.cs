using System.Globalization;
using DesaPlatform.Budgeting.Gap.Find;
using DesaPlatform.Budgeting.Payments;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DesaPlatform.Budgeting.Gap.Export;

/// <summary>
/// <c>GET /api/budget-gap/export?region=61.01&amp;year=2026&amp;format=csv|xlsx</c>: the page's tables — per region (the
/// region first, then each child) a row for all payers with the counts and paid, then a row per payer.
/// </summary>
internal static class BudgetGapExportEndpoint
{
    private const string AllPayers = "SEMUA";

    private static readonly string[] Header =
    [
        "kode_wilayah", "nama_wilayah", "tahun", "pembayar", "dibutuhkan", "direncanakan", "selisih_rencana", "dibayar", "selisih_bayar",
        "desa", "desa_terhitung", "orang_terhitung", "orang_tak_terhitung", "desa_rencana_disetujui", "roster_per", "dibayar_sampai",
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/budget-gap/export", async (string region, int year, string? format, BudgetGapHandler handler, HttpResponse response,
            CancellationToken cancellationToken) =>
        {
            var gap = await handler.HandleAsync(region, year, cancellationToken);
            if (gap is null) return Results.NotFound();
            var rows = new[] { gap.Total }.Concat(gap.Children).SelectMany(row => Rows(gap, row));
            await SpreadsheetResponse.WriteAsync(response, $"kesenjangan-anggaran-{region}-{year}", format, Header, rows.ToAsyncEnumerable(), cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();

    private static IEnumerable<IReadOnlyList<string>> Rows(BudgetGap gap, GapRow row)
    {
        var asOf = gap.RosterAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var paidThrough = gap.PaidThrough is { } month ? PaymentRules.FormatPeriod(month) : "";
        yield return
        [
            row.RegionCode, row.RegionName, Text(gap.Year), AllPayers, Text(row.Needed), Text(row.Planned), Text(row.GapToPlanned), Text(row.Paid),
            Text(row.GapToPaid), Text(row.Desa), Text(row.DesaPriced), Text(row.PeoplePriced), Text(row.PeopleUnpriced), Text(row.DesaWithApprovedPlan),
            asOf, paidThrough,
        ];
        foreach (var payer in row.ByPayer)
            yield return
            [
                row.RegionCode, row.RegionName, Text(gap.Year), PayerCode(payer.Payer), Text(payer.Needed), Text(payer.Planned), Text(payer.Gap),
                "", "", "", "", "", "", "", asOf, paidThrough,
            ];
    }

    /// <summary>The payer as the API names it (APBDES_ADD, APBD_KABUPATEN, …).</summary>
    private static string PayerCode(Contracts.Payer payer) => payer.ToString().ToConstantCase();

    private static string Text(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
