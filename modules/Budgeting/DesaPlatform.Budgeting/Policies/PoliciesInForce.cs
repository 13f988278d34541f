using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Policies;

/// <summary>
/// The policies in force, for the budget plans. A village's plan follows its regency's policy, a row above the village's
/// scope: read outside the query filter, for the regions the plan's own (scoped) use case asked about.
/// </summary>
internal sealed class PoliciesInForce(BudgetingDbContext db) : IFundingPolicies
{
    private static readonly int RegencyCodeLength = RegionCode.ChildCodeLength(1);

    public async Task<FundingTerms?> InForceAsync(string regionCode, DateOnly on, CancellationToken cancellationToken)
    {
        if (RegionCode.Depth(regionCode) < 2) return null;
        var regency = regionCode[..RegencyCodeLength];
        var policy = await db.FundingPolicies.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(p => p.RegionCode == regency && p.Year == on.Year, cancellationToken);
        return policy?.Terms();
    }

    public async Task<IReadOnlyDictionary<string, FundingTerms>> ForYearAsync(int year, CancellationToken cancellationToken) =>
        await db.FundingPolicies.IgnoreQueryFilters().AsNoTracking().Where(p => p.Year == year)
            .ToDictionaryAsync(p => p.RegionCode, p => p.Terms(), cancellationToken);
}
