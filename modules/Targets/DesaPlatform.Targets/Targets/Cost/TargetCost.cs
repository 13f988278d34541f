using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Targets.Targets.Cost;

/// <summary>
/// What reaching a target year's person-coverage targets would cost a year, by payer, for a region and each child
/// region, under the funding policies or a what-if scenario of them.
/// </summary>
/// <param name="AsOf">The day whose approved rosters (people in office, covered) are counted: today, or a past year's last day.</param>
/// <param name="TargetYears">Every year with a person-coverage target for the region or one of its child regions.</param>
internal sealed record TargetCost(
    string RegionCode, string RegionName, int Year, DateOnly AsOf, PolicySwitches Switches, IReadOnlyDictionary<string, int> PolicyYears,
    IReadOnlyList<int> TargetYears, TargetCostRow Total, IReadOnlyList<TargetCostRow> Children);

/// <param name="Segments">Per reporting segment; KEPALA_DESA is also inside APARATUR_DESA.</param>
internal sealed record TargetCostRow(string RegionCode, string RegionName, int Desa, int DesaPriced, IReadOnlyList<SegmentCost> Segments)
{
    /// <summary>
    /// Aparatur desa, BPD and ekosistem added up — the kepala desa, also aparatur, not twice: the kepala desa's cost stands
    /// for the aparatur's only where the aparatur desa have no target of their own. Segments without a target add nothing.
    /// </summary>
    public IReadOnlyList<PayerAmount> Cost => Segments.Where(Added).SelectMany(s => s.Cost)
        .GroupBy(c => c.Payer).OrderBy(p => p.Key).Select(p => new PayerAmount(p.Key, p.Sum(c => c.Amount))).ToList();

    private bool Added(SegmentCost segment) => segment.Segment switch
    {
        AparaturDesa => true,
        RosterCounts.KepalaDesa => Segments.Single(s => s.Segment == AparaturDesa).ToEnrol is null,
        _ => true,
    };

    private const string AparaturDesa = "APARATUR_DESA";

    /// <summary>Whether some segment with people to enrol could not be priced: the cost leaves them out.</summary>
    public bool Unpriced => Segments.Any(s => s.ToEnrol > 0 && s.PeoplePriced == 0);
}

/// <param name="Target">Percent; null when no target is set for the segment and year (nor inherited).</param>
/// <param name="ToEnrol">ceil(target × in office) − covered, never below 0; null without a target.</param>
/// <param name="PeoplePriced">People in office of the segment whose premium could be priced: the per-person premium is their average.</param>
internal sealed record SegmentCost(
    string Segment, decimal? Target, string? TargetSetFor, int InOffice, int Covered, int? ToEnrol, int PeoplePriced,
    IReadOnlyList<PayerAmount> PerPerson, IReadOnlyList<PayerAmount> Cost);

internal sealed record PayerAmount(Payer Payer, decimal Amount);
