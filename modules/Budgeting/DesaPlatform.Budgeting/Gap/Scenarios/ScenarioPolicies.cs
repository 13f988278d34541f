using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Gap.Scenarios;

/// <summary>
/// The policies a scenario prices with: each regency's policy for the year or — when <paramref name="orEarlier"/>, for a
/// year not yet set (a target year ahead) — its latest earlier one; the switches applied. Policies are read outside the query filter like
/// <c>PoliciesInForce</c>: the villages priced are only those the caller may see.
/// </summary>
internal sealed class ScenarioPolicies(BudgetingDbContext db, PolicySwitches switches, bool orEarlier) : IFundingPolicies
{
    private const int RegencyCodeLength = 5;

    public async Task<FundingTerms?> InForceAsync(string regionCode, DateOnly on, CancellationToken cancellationToken) =>
        regionCode.Length < RegencyCodeLength ? null : (await ForYearAsync(on.Year, cancellationToken)).GetValueOrDefault(regionCode[..RegencyCodeLength]);

    public async Task<IReadOnlyDictionary<string, FundingTerms>> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        var policies = await db.FundingPolicies.IgnoreQueryFilters().AsNoTracking().Where(p => p.Year == year || (orEarlier && p.Year < year)).ToListAsync(cancellationToken);
        return policies.GroupBy(p => p.RegionCode)
            .ToDictionary(r => r.Key, r => ScenarioTerms.Apply(r.MaxBy(p => p.Year)!.Terms(), switches));
    }
}
