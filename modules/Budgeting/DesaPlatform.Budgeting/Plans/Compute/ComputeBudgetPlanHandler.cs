using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Policies;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.Compute;

/// <summary>
/// Computes a region's plan for a year — a village's from its approved roster, a regency's from those of all its
/// villages — on a day, with the regency's policy and the rates: the open revision computed again (adjustments
/// dropped), or — once the last one is approved — a new revision (the budget's Perubahan).
/// </summary>
internal sealed class ComputeBudgetPlanHandler(
    BudgetingDbContext db, PlanLock planLock, PlanComputer computer, IFundingPolicies policies, IRegionDirectory regions, ICurrentUser user, IClock clock)
{
    private static readonly UserError NoPolicy =
        new("BUDGET_PLAN_NO_POLICY", "Kabupaten/kota ini belum menetapkan kebijakan pendanaan untuk tahun anggaran itu.", "year");

    public async Task<Payload<BudgetPlan>> HandleAsync(PlanLevel level, ComputeBudgetPlanInput input, CancellationToken cancellationToken)
    {
        var code = input.RegionCode;
        // Only the level's submitter computes, and their scope is the region itself.
        if (!level.Holds(code) || !user.Scope.Contains(code) || await regions.FindAsync(code, cancellationToken) is null)
            return Payload<BudgetPlan>.Failure(UserError.UnknownRegion(code, level.CodeArgument));
        if (FundingPolicyRules.CheckYear(input.Year, "year") is { } badYear) return Payload<BudgetPlan>.Failure(badYear);
        if (await policies.InForceAsync(code, new DateOnly(input.Year, 1, 1), cancellationToken) is null)
            return Payload<BudgetPlan>.Failure(NoPolicy);
        var rosterAsOf = input.RosterAsOf ?? clock.TodayIn(code);

        return await planLock.ChangeAsync(code, async () =>
        {
            var latest = await db.BudgetPlans.Where(p => p.RegionCode == code && p.Year == input.Year)
                .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(cancellationToken);
            if (latest is not null && await PlanSubmissions.WaitingAsync(db, latest.Id, cancellationToken)) return Payload<BudgetPlan>.Failure(PlanErrors.Waiting);
            var plan = latest is { IsApproved: false }
                ? latest
                : db.BudgetPlans.Add(new BudgetPlan { RegionCode = code, Year = input.Year, Revision = latest is null ? 0 : latest.Revision + 1 }).Entity;
            var villages = await computer.ComputeAsync(code, input.Year, rosterAsOf, cancellationToken);
            plan.Take(level.BasisOf(code, rosterAsOf, villages), user.UserName!, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            return Payload<BudgetPlan>.Success(plan);
        }, cancellationToken);
    }
}

/// <param name="RegionCode">The village, or the regency (its own APBD plan).</param>
/// <param name="RosterAsOf">The day of the approved rosters to plan with; today if none.</param>
internal sealed record ComputeBudgetPlanInput(string RegionCode, int Year, DateOnly? RosterAsOf);
