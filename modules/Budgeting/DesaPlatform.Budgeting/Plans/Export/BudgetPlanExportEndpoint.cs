using System.Globalization;
using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.Export;

/// <summary>
/// A plan (its latest revision, or the one asked for), one row per line, as CSV or XLSX:
/// <c>GET /api/budget-plans/export?village=61.01.01.2001&amp;year=2026[&amp;revision=0]&amp;format=csv|xlsx</c>, a village's
/// APBDes plan as a Siskeudes-style RAB; <c>GET /api/budget-plans/export/regency?regency=61.01&amp;…</c>, a regency's APBD
/// plan with the same columns where they mean the same — an APBD plan is not Siskeudes: no kegiatan code (the sub
/// kegiatan is the regency's own), the full rekening code, the source named APBD. Every row ends with the plan's
/// revision, status and that status's date, so a draft printed out never passes for the approved plan. A plan outside
/// the caller's scope, or none, is 404, like the other exports.
/// </summary>
internal static class BudgetPlanExportEndpoint
{
    private static readonly string[] StandingHeader = ["Revisi", "Status", "TglStatus"];
    private static readonly IReadOnlyList<string> RabHeader = ["Kd_Keg", "Kd_Rincian", "Uraian", "JmlSatuan", "Satuan", "HrgSatuan", "Anggaran", "SumberDana", .. StandingHeader];
    private static readonly IReadOnlyList<string> ApbdHeader = ["Kd_Rekening", "Uraian", "JmlSatuan", "Satuan", "HrgSatuan", "Anggaran", "SumberDana", .. StandingHeader];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/budget-plans/export", (string village, int year, int? revision, string? format, BudgetingDbContext db,
                HttpResponse response, CancellationToken cancellationToken) =>
            WriteAsync(PlanLevel.Village, village, year, revision, format, db, response, RabHeader, RabRow, "rab", cancellationToken))
            .RequireReadyAccount();
        app.MapGet("/api/budget-plans/export/regency", (string regency, int year, int? revision, string? format, BudgetingDbContext db,
                HttpResponse response, CancellationToken cancellationToken) =>
            WriteAsync(PlanLevel.Regency, regency, year, revision, format, db, response, ApbdHeader, ApbdRow, "rka-apbd", cancellationToken))
            .RequireReadyAccount();
    }

    private static async Task<IResult> WriteAsync(PlanLevel level, string code, int year, int? revision, string? format, BudgetingDbContext db,
        HttpResponse response, IReadOnlyList<string> header, Func<PlanLine, IReadOnlyList<string>> row, string fileName, CancellationToken cancellationToken)
    {
        var plan = level.Holds(code)
            ? await db.BudgetPlans.AsNoTracking()
                .Where(p => p.RegionCode == code && p.Year == year && (revision == null || p.Revision == revision))
                .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (plan is null) return Results.NotFound();
        var latest = await db.BudgetPlanSubmissions.AsNoTracking().Where(s => s.PlanId == plan.Id)
            .OrderByDescending(s => s.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
        var standing = Standing(plan, latest);
        var rows = plan.Lines.Select(line => (IReadOnlyList<string>)[.. row(line), .. standing]).ToAsyncEnumerable();
        await SpreadsheetResponse.WriteAsync(response, $"{fileName}-{code}-{year}", format, header, rows, cancellationToken);
        return Results.Empty;
    }

    private static IReadOnlyList<string> RabRow(PlanLine line) => [PlanAccounts.Activity, .. ApbdRow(line)];

    private static IReadOnlyList<string> ApbdRow(PlanLine line) =>
    [
        line.AccountCode,
        $"{PlanAccounts.NameOf(line)} ({line.People} orang × {line.Months} bulan){(line.Note is null ? "" : $" — {line.Note}")}",
        Number(line.People * line.Months), "OB", Number(line.MonthlyPremium), Number(line.Total), Source(line.Payer),
    ];

    /// <summary>Approved (and when), waiting for its reviewer (since when), or else a draft (computed when).</summary>
    private static IReadOnlyList<string> Standing(BudgetPlan plan, BudgetPlanSubmission? latest)
    {
        var (status, at) = plan.ApprovedAt is { } approved ? ("Disetujui", approved)
            : latest is { Status: SubmissionStatus.Submitted } ? ("Diajukan", latest.SubmittedAt)
            : ("Draf", plan.ComputedAt);
        return [plan.Revision.ToString(CultureInfo.InvariantCulture), status, at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
    }

    private static string Number(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Siskeudes' codes of the village's sources of funds; the APBD's by name.</summary>
    private static string Source(Payer payer) => payer switch
    {
        Payer.ApbdesAdd => "ADD",
        Payer.ApbdesDd => "DDS",
        Payer.ApbdesPad => "PAD",
        Payer.ApbdKabupaten => "APBD Kabupaten/Kota",
        _ => payer.ToString(),
    };
}
