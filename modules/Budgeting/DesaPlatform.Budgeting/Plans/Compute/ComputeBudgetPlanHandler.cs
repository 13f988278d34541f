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
/// Computes a village's plan for a year from its approved roster on a day, its regency's policy and the rates: the open
/// revision computed again (adjustments dropped), or — once the last one is approved — a new revision (APBDes Perubahan).
/// </summary>
internal sealed class ComputeBudgetPlanHandler(
    BudgetingDbContext db, PlanLock planLock, PlanComputer computer, IFundingPolicies policies, IRegionDirectory regions, ICurrentUser user, IClock clock)
{
    private static readonly UserError NoPolicy =
        new("BUDGET_PLAN_NO_POLICY", "Kabupaten/kota desa ini belum menetapkan kebijakan pendanaan untuk tahun anggaran itu.", "year");

    public async Task<Payload<BudgetPlan>> HandleAsync(ComputeBudgetPlanInput input, CancellationToken cancellationToken)
    {
        // Only a village's operator computes, and their scope is the village itself.
        if (!user.Scope.Contains(input.VillageCode) || await regions.FindAsync(input.VillageCode, cancellationToken) is null)
            return Payload<BudgetPlan>.Failure(UserError.UnknownRegion(input.VillageCode, "villageCode"));
        if (FundingPolicyRules.CheckYear(input.Year, "year") is { } badYear) return Payload<BudgetPlan>.Failure(badYear);
        if (await policies.InForceAsync(input.VillageCode, new DateOnly(input.Year, 1, 1), cancellationToken) is null)
            return Payload<BudgetPlan>.Failure(NoPolicy);
        var rosterAsOf = input.RosterAsOf ?? clock.TodayIn(input.VillageCode);

        return await planLock.ChangeAsync(input.VillageCode, async () =>
        {
            var latest = await db.BudgetPlans.Where(p => p.RegionCode == input.VillageCode && p.Year == input.Year)
                .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(cancellationToken);
            if (latest is not null && await PlanSubmissions.WaitingAsync(db, latest.Id, cancellationToken)) return Payload<BudgetPlan>.Failure(PlanErrors.Waiting);
            var plan = latest is { IsApproved: false }
                ? latest
                : db.BudgetPlans.Add(new BudgetPlan { RegionCode = input.VillageCode, Year = input.Year, Revision = latest is null ? 0 : latest.Revision + 1 }).Entity;
            var computed = (await computer.ComputeAsync(input.VillageCode, input.Year, rosterAsOf, cancellationToken)).GetValueOrDefault(input.VillageCode)
                ?? new VillagePlan(input.VillageCode, input.Year, rosterAsOf, [], [], []);
            plan.Take(computed, user.UserName!, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            return Payload<BudgetPlan>.Success(plan);
        }, cancellationToken);
    }
}

/// <param name="RosterAsOf">The day of the approved roster to plan with; today if none.</param>
internal sealed record ComputeBudgetPlanInput(string VillageCode, int Year, DateOnly? RosterAsOf);
