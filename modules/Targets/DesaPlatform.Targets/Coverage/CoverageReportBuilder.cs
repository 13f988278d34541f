using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Coverage;

/// <summary>Approved coverage of a region and of each child region, next to the target that applies.</summary>
internal sealed class CoverageReportBuilder(IRegionDirectory regions, ICoverageSource coverage, TargetsDbContext db, IClock clock)
{
    public async Task<CoverageReport?> BuildAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        var region = await regions.FindAsync(regionCode, cancellationToken);
        if (region is null) return null;
        var today = clock.Today;

        var total = (await FiguresAsync(region.Code, region.Code.Length, [region], today, cancellationToken)).Single();
        IReadOnlyList<CoverageFigures> byRegion = [];
        if (region.Depth < 4)
        {
            var children = await regions.ChildrenAsync(region.Code, cancellationToken);
            byRegion = await FiguresAsync(region.Code, RegionCode.ChildCodeLength(region.Depth), children, today, cancellationToken);
        }
        return new CoverageReport(region.Code, year, clock.UtcNow, await TargetForAsync(region.Code, year, cancellationToken), total, byRegion,
            await coverage.CountBySegmentAsync(region.Code, today, cancellationToken),
            await coverage.CountPendingAsync(region.Code, cancellationToken));
    }

    private async Task<IReadOnlyList<CoverageFigures>> FiguresAsync(
        string rootCode, int groupLength, IReadOnlyList<RegionSummary> groups, DateOnly today, CancellationToken cancellationToken)
    {
        var counts = (await coverage.CountAsync(rootCode, groupLength, today, cancellationToken)).ToDictionary(c => c.RegionCode);
        var desa = await regions.CountDesaAsync(rootCode, groupLength, cancellationToken);
        return groups.Select(g =>
        {
            var count = counts.GetValueOrDefault(g.Code);
            return new CoverageFigures(g.Code, g.Name, count?.PeopleInOffice ?? 0, count?.PeopleCovered ?? 0,
                desa.GetValueOrDefault(g.Code), count?.DesaWithCoverage ?? 0);
        }).ToList();
    }

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
