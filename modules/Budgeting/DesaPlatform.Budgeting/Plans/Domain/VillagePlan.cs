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
    public IReadOnlyList<PlanLine> VillageLines => AllLines.Where(l => l.Payer.IsVillageBudget() && l.AccountCode.Length > 0).ToList();
}
