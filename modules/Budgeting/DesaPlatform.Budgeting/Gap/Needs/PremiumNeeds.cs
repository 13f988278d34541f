using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Gap.Scenarios;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Compute;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.Budgeting.Gap.Needs;

/// <summary>
/// Everyone in office on the approved rosters under a region, priced for a year as the budget plans price them
/// (<see cref="PlanComputer"/>, every payer's lines): one read of the rosters, the policies, the rate table and the desa
/// counts, whatever the region. Villages whose regency has no policy to price with are counted, not guessed.
/// </summary>
internal sealed class PremiumNeeds(
    BudgetingDbContext db, IApprovedRosters rosters, IPositionCatalog catalog, IPremiumCalculator calculator, IRegionDirectory regions) : IPremiumNeeds
{
    private const int RegencyCodeLength = 5;

    /// <summary>For the targets' cost: a year ahead without a policy yet takes each regency's latest earlier one.</summary>
    public Task<PremiumNeedFigures> UnderAsync(string rootCode, int childCodeLength, int year, DateOnly rosterAsOf, PolicySwitches switches,
        CancellationToken cancellationToken) =>
        ComputeAsync(rootCode, childCodeLength, year, rosterAsOf, new ScenarioPolicies(db, switches, orEarlier: true), cancellationToken);

    /// <summary>Under the stored policies of the year itself: the budget gap's "needed".</summary>
    public Task<PremiumNeedFigures> UnderPoliciesAsync(string rootCode, int childCodeLength, int year, DateOnly rosterAsOf,
        CancellationToken cancellationToken) =>
        ComputeAsync(rootCode, childCodeLength, year, rosterAsOf, new ScenarioPolicies(db, PolicySwitches.None, orEarlier: false), cancellationToken);

    private async Task<PremiumNeedFigures> ComputeAsync(string rootCode, int childCodeLength, int year, DateOnly rosterAsOf,
        ScenarioPolicies policies, CancellationToken cancellationToken)
    {
        var roster = new RememberedRosters(rosters);
        var plans = await new PlanComputer(roster, catalog, policies, calculator).ComputeAsync(rootCode, year, rosterAsOf, cancellationToken);
        var terms = await policies.ForYearAsync(year, cancellationToken);
        string Child(string code) => code[..childCodeLength];

        var groups = plans.Values
            .SelectMany(plan => plan.AllLines.Select(line => (Child: Child(plan.VillageCode), line.Group, line.Payer, line.Total)))
            .GroupBy(l => (l.Child, l.Group, l.Payer))
            .Select(g => (g.Key, Annual: g.Sum(l => l.Total)))
            .ToList();
        var people = plans.Values.SelectMany(plan => plan.Members.Select(m => (Child: Child(plan.VillageCode), m.Group)))
            .GroupBy(m => m).ToDictionary(g => g.Key, g => g.Count());
        var unpriced = (await roster.InOfficeAsync(rootCode, rosterAsOf, cancellationToken))
            .Where(m => !terms.ContainsKey(m.VillageCode[..RegencyCodeLength]))
            .GroupBy(m => Child(m.VillageCode)).ToDictionary(g => g.Key, g => g.Count());
        var desa = await regions.CountDesaAsync(rootCode, Math.Max(childCodeLength, RegencyCodeLength), cancellationToken);

        return new PremiumNeedFigures(
            groups.Select(g => new GroupNeed(g.Key.Child, g.Key.Group, g.Key.Payer, people.GetValueOrDefault((g.Key.Child, g.Key.Group)), g.Annual))
                .OrderBy(g => g.RegionCode).ThenBy(g => g.Group).ThenBy(g => g.Payer).ToList(),
            desa.GroupBy(d => Child(d.Key))
                .Select(c => new PricedDesa(c.Key, c.Sum(d => d.Value), c.Where(d => terms.ContainsKey(d.Key[..RegencyCodeLength])).Sum(d => d.Value),
                    unpriced.GetValueOrDefault(c.Key)))
                .OrderBy(c => c.RegionCode).ToList(),
            terms.Where(t => RegionScope.Under(rootCode).Contains(t.Key) || RegionCode.IsWithin(rootCode, t.Key))
                .ToDictionary(t => t.Key, t => t.Value.Year));
    }

    /// <summary>The roster read once, for the plans and again for the people who could not be priced.</summary>
    private sealed class RememberedRosters(IApprovedRosters inner) : IApprovedRosters
    {
        private IReadOnlyList<RosterMember>? _members;

        public async Task<IReadOnlyList<RosterMember>> InOfficeAsync(string rootCode, DateOnly asOf, CancellationToken cancellationToken) =>
            _members ??= await inner.InOfficeAsync(rootCode, asOf, cancellationToken);
    }
}
