using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Budgeting.Plans.Domain;

/// <summary>
/// A village's plan as computed: every payer's lines (the regency's and province's shares too, on their APBD accounts,
/// for their own plans), the roster snapshot and the rates used. The village's plan keeps the APBDes lines only.
/// </summary>
internal sealed record VillagePlan(
    string VillageCode, int Year, DateOnly RosterAsOf, IReadOnlyList<PlanLine> AllLines, IReadOnlyList<PlannedMember> Members,
    IReadOnlyList<PlanRate> Rates)
{
    /// <summary>The rates of each payer's share: a plan names only those of the payers it holds.</summary>
    public IReadOnlyDictionary<Payer, IReadOnlyList<PlanRate>> RatesByPayer { get; init; } = new Dictionary<Payer, IReadOnlyList<PlanRate>>();

    public IReadOnlyList<PlanRate> RatesPaidBy(Func<Payer, bool> pays) => PlanRate.Sorted(RatesByPayer.Where(p => pays(p.Key)).SelectMany(p => p.Value));

    public IReadOnlyList<PlanLine> VillageLines => AllLines.Where(l => l.Payer.IsVillageBudget() && l.AccountCode.Length > 0).ToList();
}
