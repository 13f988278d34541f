using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Contracts;

/// <summary>The funding policies in force, for the budget plans: a village follows its regency's policy for the year.</summary>
public interface IFundingPolicies
{
    /// <summary>The policy in force for a region (a regency or anything under it) in the month of <paramref name="on"/>; null when its regency has none for that year.</summary>
    Task<FundingTerms?> InForceAsync(string regionCode, DateOnly on, CancellationToken cancellationToken);

    /// <summary>Every regency's policy for a fiscal year, by regency code: one read for plans of many villages.</summary>
    Task<IReadOnlyDictionary<string, FundingTerms>> ForYearAsync(int year, CancellationToken cancellationToken);
}

/// <param name="BpdAccountCode">The regency's own APBDes account for BPD premiums (no standard code exists), e.g. 5.1.4.91.</param>
/// <param name="BpuDiscountForVillageBudget">
/// Whether PP 50/2025's 50 % BPU JKK+JKM discount (April–December 2026) is taken where the APBDes pays: the sources are
/// silent, so the regency decides. It never applies where APBN/APBD pays.
/// </param>
public sealed record FundingTerms(
    string RegencyCode, int Year, string RegulationNumber, DateOnly RegulationDate, string? BpdAccountCode, bool BpuDiscountForVillageBudget,
    IReadOnlyList<GroupFunding> Groups)
{
    public GroupFunding For(PositionGroup group) => Groups.Single(g => g.Group == group);

    public GroupFunding For(CatalogPosition position) => For(PositionGroups.Of(position));
}
