using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Budgeting.Gap.Find;

/// <summary>
/// A region's premium budget for a year: what covering everyone in office needs, what approved plans hold, what was paid,
/// and the gaps, for the region and each child region.
/// </summary>
/// <param name="RosterAsOf">The day of the approved rosters priced: the year's last day for a past year, else today.</param>
/// <param name="PaidThrough">The last closed month of the year whose payments are counted; null when none of the year is closed.</param>
internal sealed record BudgetGap(string RegionCode, string RegionName, int Year, DateOnly RosterAsOf, DateOnly? PaidThrough, GapRow Total,
    IReadOnlyList<GapRow> Children);

/// <param name="Desa">Desa (not kelurahan) of the region.</param>
/// <param name="DesaPriced">Of them, those whose regency has a funding policy for the year: the figures cover these.</param>
/// <param name="PeopleUnpriced">People in office in villages that could not be priced: in no figure.</param>
/// <param name="DesaWithApprovedPlan">Villages with an approved budget plan for the year.</param>
internal sealed record GapRow(
    string RegionCode, string RegionName, int Desa, int DesaPriced, int PeoplePriced, int PeopleUnpriced, int DesaWithApprovedPlan,
    IReadOnlyList<PayerGap> ByPayer, decimal Paid)
{
    public decimal Needed => ByPayer.Sum(p => p.Needed);
    public decimal Planned => ByPayer.Sum(p => p.Planned);
    public decimal GapToPlanned => Needed - Planned;
    public decimal GapToPaid => Needed - Paid;
}

internal sealed record PayerGap(Payer Payer, decimal Needed, decimal Planned)
{
    public decimal Gap => Needed - Planned;
}
