using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.Adjust;

/// <summary>
/// The submitter (a village's operator, a regency's staff) sets the plan's lines (planned vacancies filled: more people on a line, other months), each line that
/// differs from the computed plan with a note saying why, none of the computed lines left out; only an open plan that nobody changed since it was read.
/// </summary>
internal sealed class AdjustBudgetPlanHandler(BudgetingDbContext db, PlanLock planLock, IFundingPolicies policies)
{
    public async Task<Payload<BudgetPlan>> HandleAsync(PlanLevel level, AdjustBudgetPlanInput input, CancellationToken cancellationToken)
    {
        var regionCode = await db.BudgetPlans.Where(p => p.Id == input.PlanId && p.RegionCode.Length == level.CodeLength)
            .Select(p => p.RegionCode).FirstOrDefaultAsync(cancellationToken);
        if (regionCode is null) return Payload<BudgetPlan>.Failure(UserError.NotFound("planId"));
        return await planLock.ChangeAsync(regionCode, async () =>
        {
            var plan = await db.BudgetPlans.FirstAsync(p => p.Id == input.PlanId, cancellationToken);
            if (plan.IsApproved) return Payload<BudgetPlan>.Failure(PlanErrors.Approved);
            if (await PlanSubmissions.WaitingAsync(db, plan.Id, cancellationToken)) return Payload<BudgetPlan>.Failure(PlanErrors.Waiting);
            if (plan.Version != input.Version) return Payload<BudgetPlan>.Failure(PlanErrors.ChangedMeanwhile);
            var terms = await policies.InForceAsync(regionCode, new DateOnly(plan.Year, 1, 1), cancellationToken);
            var lines = input.Lines.Select(l => l with { Note = string.IsNullOrWhiteSpace(l.Note) ? null : l.Note.Trim() }).ToList();
            var errors = lines.SelectMany((line, i) => Check(level, line, $"lines.{i}", plan, terms)).ToList();
            if (DropsComputedLine(plan, lines)) errors.Add(PlanErrors.ComputedLineDropped);
            if (errors.Count > 0) return Payload<BudgetPlan>.Failure(errors);
            plan.Adjust(lines);
            await db.SaveChangesAsync(cancellationToken);
            return Payload<BudgetPlan>.Success(plan);
        }, cancellationToken);
    }

    private static IEnumerable<UserError> Check(PlanLevel level, PlanLine line, string at, BudgetPlan plan, FundingTerms? terms)
    {
        if (!level.Books(line, terms))
            yield return new UserError("BUDGET_PLAN_ACCOUNT", "Kode rekening tidak sesuai dengan kelompok jabatan ini.", $"{at}.accountCode");
        if (!level.Pays(line.Payer))
            yield return new UserError("BUDGET_PLAN_PAYER", "Rencana anggaran ini hanya memuat iuran yang dibayar dari anggarannya sendiri (APBDes desa, APBD kabupaten/kota).", $"{at}.payer");
        if (line.People is < 0 or > MaxPeople)
            yield return new UserError("BUDGET_PLAN_PEOPLE", $"Jumlah orang harus antara 0 dan {MaxPeople}.", $"{at}.people") { Values = MessageValues.Of(("max", MaxPeople)) };
        if (line.Months is < 1 or > 12)
            yield return new UserError("BUDGET_PLAN_MONTHS", "Jumlah bulan harus antara 1 dan 12.", $"{at}.months");
        if (line.MonthlyPremium is <= 0 or > MaxMonthlyPremium || line.MonthlyPremium != decimal.Round(line.MonthlyPremium))
            yield return new UserError("BUDGET_PLAN_PREMIUM", "Iuran per bulan harus bilangan rupiah bulat lebih dari 0.", $"{at}.monthlyPremium");
        if (line.Note is null && !plan.Computed.Contains(line))
            yield return new UserError("BUDGET_PLAN_NOTE_REQUIRED", "Baris yang berbeda dari hasil perhitungan wajib diberi catatan.", $"{at}.note");
        if (ReasonLength.Check(line.Note, $"{at}.note") is { } tooLong) yield return tooLong;
    }

    /// <summary>A computed line no longer needed stays, with 0 people and a note saying why: none disappears unexplained.</summary>
    private static bool DropsComputedLine(BudgetPlan plan, IReadOnlyList<PlanLine> lines) =>
        plan.Computed.GroupBy(l => l.Key).Any(computed => lines.Count(l => l.Key == computed.Key) < computed.Count());

    private const int MaxPeople = 1_000;
    private const decimal MaxMonthlyPremium = 100_000_000m;
}

internal sealed record AdjustBudgetPlanInput(Guid PlanId, int Version, IReadOnlyList<PlanLine> Lines);
