using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Targets.Book;

namespace DesaPlatform.Targets.Targets.Cost;

/// <summary>
/// The cost of reaching a year's person-coverage targets: people to enrol per segment from the approved roster (one
/// roll-up), the yearly premium per person from Budgeting (one pricing of everyone in office, <see cref="IPremiumNeeds"/>),
/// the targets in one read. A row is computed on its own people against its own target, never summed from its children.
/// </summary>
internal sealed class TargetCostHandler(IRegionDirectory regions, IRosterCounts roster, TargetBookReader targets, IPremiumNeeds needs, IClock clock)
{
    public async Task<TargetCost?> HandleAsync(string regionCode, int year, PolicySwitches switches, CancellationToken cancellationToken)
    {
        if (year is < Target.FirstYear or > Target.LastYear) return null;
        if (await RegionRows.FindAsync(regions, regionCode, cancellationToken) is not var (region, children, childLength)) return null;
        var asOf = ReportDay.Of(year, clock.TodayIn(region.Code));

        IReadOnlyList<string> shown = [region.Code, .. children.Select(c => c.Code)];
        var counts = await roster.CountAsync(region.Code, childLength, asOf, cancellationToken);
        var book = await targets.ReadAsync(null, shown, cancellationToken);
        var priced = await needs.UnderAsync(region.Code, childLength, year, asOf, switches, cancellationToken);

        TargetCostRow Row(string code, string name, Func<string, bool> within) => new(code, name,
            priced.Desa.Where(d => within(d.RegionCode)).Sum(d => d.Desa), priced.Desa.Where(d => within(d.RegionCode)).Sum(d => d.Priced),
            RosterCounts.Segments.Select(segment => Segment(segment, book.For(IndicatorCatalog.PersonCoverageOf(segment), code, year),
                counts.BySegment.Where(c => c.Segment == segment && within(c.RegionCode)).ToList(),
                priced.Groups.Where(g => SegmentGroups.Of(segment).Contains(g.Group) && within(g.RegionCode)).ToList())).ToList());

        var targetYears = book.Years.Where(y => shown.Any(code =>
            RosterCounts.Segments.Any(s => book.For(IndicatorCatalog.PersonCoverageOf(s), code, y) is not null)));
        return new TargetCost(region.Code, region.Name, year, asOf, switches, priced.PolicyYears, targetYears.ToList(),
            Row(region.Code, region.Name, _ => true),
            children.Select(child => Row(child.Code, child.Name, code => RegionCode.IsWithin(code, child.Code))).ToList());
    }

    private static SegmentCost Segment(string segment, AppliedTarget? target, List<SegmentCount> counts, List<GroupNeed> needs)
    {
        var inOffice = counts.Sum(c => c.InOffice);
        var covered = counts.Sum(c => c.Covered);
        int? toEnrol = target is null ? null : Math.Max(0, (int)Math.Ceiling(target.Percent * inOffice / 100m) - covered);
        var people = needs.DistinctBy(n => (n.RegionCode, n.Group)).Sum(n => n.People);
        var annual = needs.GroupBy(n => n.Payer).OrderBy(p => p.Key).Select(p => (Payer: p.Key, Annual: p.Sum(n => n.Annual))).ToList();
        IReadOnlyList<PayerAmount> perPerson = people == 0 ? [] : annual.Select(a => new PayerAmount(a.Payer, Rupiah(a.Annual / people))).ToList();
        IReadOnlyList<PayerAmount> cost = people == 0 || toEnrol is not { } enrol
            ? []
            : annual.Select(a => new PayerAmount(a.Payer, Rupiah(enrol * a.Annual / people))).ToList();
        return new SegmentCost(segment, target?.Percent, target?.SetFor, inOffice, covered, toEnrol, people, perPerson, cost);
    }

    private static decimal Rupiah(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);
}
