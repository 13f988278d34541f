using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Coverage.Report;

/// <summary>
/// Approved coverage of a region and of each child region on the year's reference day, next to the target that
/// applies: one count of the roster (per child and segment), one of the desa, whatever the region.
/// </summary>
internal sealed class CoverageReportHandler(IRegionDirectory regions, IRosterCounts roster, TargetsDbContext db, IClock clock)
{
    public async Task<CoverageReport?> HandleAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        var region = await regions.FindAsync(regionCode, cancellationToken);
        if (region is null) return null;
        var asOf = ReferenceDay(year, clock.TodayIn(region.Code));
        var hasChildren = region.Depth < 4;
        var children = hasChildren ? await regions.ChildrenAsync(region.Code, cancellationToken) : [];
        var childLength = hasChildren ? RegionCode.ChildCodeLength(region.Depth) : region.Code.Length;

        var counts = await roster.CountAsync(region.Code, childLength, asOf, cancellationToken);
        var desa = await regions.CountDesaAsync(region.Code, childLength, cancellationToken);
        var total = new CoverageFigures(region.Code, region.Name, counts.People.Sum(c => c.InOffice), counts.People.Sum(c => c.Covered),
            desa.Values.Sum(), counts.DesaWithCoverage.Values.Sum());
        var byRegion = children.Select(child => new CoverageFigures(child.Code, child.Name,
            counts.People.Where(c => c.RegionCode == child.Code).Sum(c => c.InOffice),
            counts.People.Where(c => c.RegionCode == child.Code).Sum(c => c.Covered),
            desa.GetValueOrDefault(child.Code), counts.DesaWithCoverage.GetValueOrDefault(child.Code))).ToList();
        var bySegment = counts.Segments.Select(segment => new SegmentFigures(segment,
            counts.People.Where(c => c.Segment == segment).Sum(c => c.InOffice),
            counts.People.Where(c => c.Segment == segment).Sum(c => c.Covered))).ToList();

        return new CoverageReport(region.Code, year, asOf, clock.UtcNow, await TargetForAsync(region.Code, year, cancellationToken),
            total, byRegion, bySegment, await roster.CountPendingAsync(region.Code, cancellationToken));
    }

    /// <summary>A past year is seen on its last day; the current year — or a later one, not lived yet — today.</summary>
    private static DateOnly ReferenceDay(int year, DateOnly today) => year < today.Year ? new DateOnly(year, 12, 31) : today;

    // A region inherits the target of its nearest ancestor that has one. Targets are policy figures, not personal
    // data, so an ancestor's target is read outside the caller's scope on purpose — for the ancestors only.
    private async Task<Target?> TargetForAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        var lineage = new List<string>();
        for (var code = regionCode; code is not null; code = RegionCode.ParentOf(code)) lineage.Add(code);
        var targets = await db.Targets.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.Indicator == Target.Ucj && t.Year == year && lineage.Contains(t.RegionCode))
            .ToListAsync(cancellationToken);
        return targets.MaxBy(t => t.RegionCode.Length);
    }
}
