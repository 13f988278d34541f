using System.Globalization;
using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.Export;

/// <summary>
/// <c>GET /api/budget-plans/export?village=61.01.01.2001&amp;year=2026[&amp;revision=0]&amp;format=csv|xlsx</c>: a village's
/// plan (its latest revision, or the one asked for) as a Siskeudes-style RAB, one row per line. A plan outside the
/// caller's scope, or none, gives the header alone: the file says nothing about what the caller may not see.
/// </summary>
internal static class BudgetPlanExportEndpoint
{
    private static readonly IReadOnlyList<string> Header = ["Kd_Keg", "Kd_Rincian", "Uraian", "JmlSatuan", "Satuan", "HrgSatuan", "Anggaran", "SumberDana"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/budget-plans/export", async (string village, int year, int? revision, string? format, BudgetingDbContext db,
            HttpResponse response, CancellationToken cancellationToken) =>
        {
            var plan = await db.BudgetPlans.AsNoTracking()
                .Where(p => p.RegionCode == village && p.Year == year && (revision == null || p.Revision == revision))
                .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(cancellationToken);
            var rows = (plan?.Lines ?? []).Select(Row).ToAsyncEnumerable();
            await SpreadsheetResponse.WriteAsync(response, $"rab-{village}-{year}", format, Header, rows, cancellationToken);
            return Results.Empty;
        }).RequireReadyAccount();

    private static IReadOnlyList<string> Row(PlanLine line) =>
    [
        PlanAccounts.Activity, line.AccountCode,
        $"{PlanAccounts.Describe(line.Group)} ({line.People} orang × {line.Months} bulan){(line.Note is null ? "" : $" — {line.Note}")}",
        Number(line.People * line.Months), "OB", Number(line.MonthlyPremium), Number(line.Total), Source(line.Payer),
    ];

    private static string Number(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Siskeudes' codes of the village's sources of funds.</summary>
    private static string Source(Payer payer) => payer switch
    {
        Payer.ApbdesAdd => "ADD",
        Payer.ApbdesDd => "DDS",
        Payer.ApbdesPad => "PAD",
        _ => payer.ToString(),
    };
}
