using System.Globalization;
using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DesaPlatform.Targets.Targets.Cost;

/// <summary>
/// <c>GET /api/target-cost/export?region=61&amp;year=2026[&amp;bpdAs=policy|bpu|pu][&amp;jht=true]&amp;format=csv|xlsx</c>: the page's
/// table — per region (the region first, then each child) and segment, a row for all payers then a row per payer.
/// </summary>
internal static class TargetCostExportEndpoint
{
    private const string AllPayers = "SEMUA";

    private static readonly string[] Header =
    [
        "kode_wilayah", "nama_wilayah", "tahun_target", "skenario", "segmen", "target_persen", "target_dari", "menjabat", "terlindungi",
        "perlu_didaftarkan", "orang_terhitung", "pembayar", "iuran_per_orang_setahun", "biaya_setahun", "desa", "desa_terhitung", "roster_per",
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/target-cost/export", async (string region, int year, string? bpdAs, bool? jht, string? format, TargetCostHandler handler,
            HttpResponse response, CancellationToken cancellationToken) =>
        {
            BpdScheme? bpd = bpdAs switch { null or "policy" => BpdScheme.Policy, "bpu" => BpdScheme.Bpu, "pu" => BpdScheme.Pu, _ => null };
            if (bpd is null) return Results.BadRequest($"bpdAs '{bpdAs}' tidak dikenal: pakai policy, bpu atau pu.");
            var cost = await handler.HandleAsync(region, year, new PolicySwitches(bpd.Value, jht == true), cancellationToken);
            if (cost is null) return Results.NotFound();
            var rows = new[] { cost.Total }.Concat(cost.Children).SelectMany(row => row.Segments.SelectMany(segment => Rows(cost, row, segment)));
            await SpreadsheetResponse.WriteAsync(response, $"biaya-target-{region}-{year}", format, Header, rows.ToAsyncEnumerable(), cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();

    private static IEnumerable<IReadOnlyList<string>> Rows(TargetCost cost, TargetCostRow row, SegmentCost segment)
    {
        IReadOnlyList<string> Row(string payer, string perPerson, string amount) =>
        [
            row.RegionCode, row.RegionName, Text(cost.Year), cost.Switches.Name, segment.Segment,
            segment.Target?.ToString("0.##", CultureInfo.InvariantCulture) ?? "", segment.TargetSetFor ?? "",
            Text(segment.InOffice), Text(segment.Covered), Text(segment.ToEnrol), Text(segment.PeoplePriced), payer, perPerson, amount,
            Text(row.Desa), Text(row.DesaPriced), cost.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ];
        yield return Row(AllPayers, Text(segment.PerPerson.Sum(p => p.Amount)), segment.Cost.Count == 0 ? "" : Text(segment.Cost.Sum(c => c.Amount)));
        foreach (var payer in segment.PerPerson)
            yield return Row(payer.Payer.ToString().ToConstantCase(), Text(payer.Amount),
                segment.Cost.FirstOrDefault(c => c.Payer == payer.Payer) is { } paid ? Text(paid.Amount) : "");
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
