using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Gap.Needs;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Gap.Find;

/// <summary>
/// The budget gap of a region, set-based: one pricing of everyone in office (<see cref="PremiumNeeds"/>), one read of the
/// approved plans and one of the payments, whatever the region; rows per child region.
/// </summary>
internal sealed class BudgetGapHandler(IRegionDirectory regions, PremiumNeeds needs, BudgetingDbContext db, IClock clock)
{
    private static readonly int VillageCodeLength = RegionCode.ChildCodeLength(3);

    public async Task<BudgetGap?> HandleAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        if (year is < FundingPolicy.FirstYear or > FundingPolicy.LastYear) return null;
        if (await RegionRows.FindAsync(regions, regionCode, cancellationToken) is not var (region, children, childLength)) return null;
        var today = clock.TodayIn(region.Code);
        var rosterAsOf = ReportDay.Of(year, today);
        var paidThrough = PaidThrough(year, today);

        var needed = await needs.UnderPoliciesAsync(region.Code, childLength, year, rosterAsOf, cancellationToken);
        var planned = await PlannedAsync(region.Code, year, cancellationToken);
        var paid = await PaidAsync(region.Code, childLength, year, paidThrough, cancellationToken);

        GapRow Row(string code, string name, Func<string, bool> within) => new(code, name,
            needed.Desa.Where(d => within(d.RegionCode)).Sum(d => d.Desa),
            needed.Desa.Where(d => within(d.RegionCode)).Sum(d => d.Priced),
            needed.Groups.Where(g => within(g.RegionCode)).DistinctBy(g => (g.RegionCode, g.Group)).Sum(g => g.People),
            needed.Desa.Where(d => within(d.RegionCode)).Sum(d => d.PeopleUnpriced),
            planned.Count(p => within(p.RegionCode) && p.RegionCode.Length == VillageCodeLength),
            ByPayer(needed.Groups.Where(g => within(g.RegionCode)), planned.Where(p => within(p.RegionCode))),
            paid.Where(p => within(p.Key)).Sum(p => p.Value));

        return new BudgetGap(region.Code, region.Name, year, rosterAsOf, paidThrough, Row(region.Code, region.Name, _ => true),
            children.Select(child => Row(child.Code, child.Name, code => RegionCode.IsWithin(code, child.Code))).ToList());
    }

    /// <summary>Payments run to the last closed month (a month's premium falls due in the next): of the year asked, if any.</summary>
    private static DateOnly? PaidThrough(int year, DateOnly today)
    {
        var lastClosed = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return lastClosed.Year > year ? new DateOnly(year, 12, 1) : lastClosed.Year == year ? lastClosed : null;
    }

    private static List<PayerGap> ByPayer(IEnumerable<GroupNeed> needed, IEnumerable<PlannedRegion> planned)
    {
        var need = needed.GroupBy(g => g.Payer).ToDictionary(g => g.Key, g => g.Sum(x => x.Annual));
        var plan = planned.SelectMany(p => p.Lines).GroupBy(l => l.Payer).ToDictionary(g => g.Key, g => g.Sum(l => l.Total));
        return need.Keys.Union(plan.Keys).Order()
            .Select(payer => new PayerGap(payer, need.GetValueOrDefault(payer), plan.GetValueOrDefault(payer))).ToList();
    }

    /// <summary>
    /// The latest approved revision of every plan under the region for the year — a village's (its APBDes lines), and any
    /// plan a region above keeps in the same book.
    /// </summary>
    private async Task<List<PlannedRegion>> PlannedAsync(string rootCode, int year, CancellationToken cancellationToken)
    {
        var approved = await db.BudgetPlans.AsNoTracking()
            .Where(RegionScope.Under(rootCode).Predicate<BudgetPlan>(p => p.RegionCode))
            .Where(p => p.Year == year && p.ApprovedAt != null)
            .Select(p => new { p.RegionCode, p.Revision, p.Lines })
            .ToListAsync(cancellationToken);
        return approved.GroupBy(p => p.RegionCode).Select(r => r.MaxBy(p => p.Revision)!)
            .Select(p => new PlannedRegion(p.RegionCode, p.Lines)).ToList();
    }

    private async Task<Dictionary<string, decimal>> PaidAsync(string rootCode, int childLength, int year, DateOnly? through,
        CancellationToken cancellationToken)
    {
        if (through is not { } last) return [];
        var first = new DateOnly(year, 1, 1);
        var payments = await db.Payments.AsNoTracking()
            .Where(RegionScope.Under(rootCode).Predicate<Payment>(p => p.RegionCode))
            .Where(p => p.Period >= first && p.Period <= last)
            .Select(p => new { p.RegionCode, p.Amount })
            .ToListAsync(cancellationToken);
        // Summed here: SQLite keeps decimals as text and cannot add them up exactly.
        return payments.GroupBy(p => p.RegionCode[..childLength]).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
    }

    private sealed record PlannedRegion(string RegionCode, IReadOnlyList<PlanLine> Lines);
}
