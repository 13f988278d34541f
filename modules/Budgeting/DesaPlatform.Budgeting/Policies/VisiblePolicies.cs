using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Policies;

/// <summary>
/// The policies a caller may read. A policy is the regency's rule for its villages, so a village's operator (or a
/// viewer of a village) reads their regency's although the row lies above their scope: rows are read outside the query
/// filter on purpose — for regions inside the caller's scope or above it only (<see cref="RegionScope.ContainsOrAbove"/>).
/// </summary>
internal sealed class VisiblePolicies(BudgetingDbContext db, ICurrentUser user)
{
    private const int RegencyDepth = 2;
    private static readonly int RegencyCodeLength = RegionCode.ChildCodeLength(1);

    public bool MaySee(string regionCode) =>
        RegionCode.IsWellFormed(regionCode) && user.Scope.ContainsOrAbove(regionCode);

    /// <summary>The policy of the regency of <paramref name="regionCode"/> (the regency or a region in it) for a year.</summary>
    public async Task<FundingPolicy?> FindAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        if (!MaySee(regionCode) || RegionCode.Depth(regionCode) < RegencyDepth) return null;
        var regency = regionCode[..RegencyCodeLength];
        return await db.FundingPolicies.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(p => p.RegionCode == regency && p.Year == year, cancellationToken);
    }

    /// <summary>
    /// Every year's policies of the regencies a region holds (a province: those of its regencies the caller may see) or
    /// lies in (a regency, district or village: its regency's); null when the caller may not see the region.
    /// </summary>
    public async Task<IReadOnlyList<FundingPolicy>?> ListAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (!MaySee(regionCode)) return null;
        var prefix = RegionCode.Depth(regionCode) >= RegencyDepth ? regionCode[..RegencyCodeLength] : regionCode + ".";
        var policies = await db.FundingPolicies.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.RegionCode.StartsWith(prefix))
            .OrderBy(p => p.RegionCode).ThenByDescending(p => p.Year)
            .ToListAsync(cancellationToken);
        return policies.Where(p => MaySee(p.RegionCode)).ToList();
    }
}
