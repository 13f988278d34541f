using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Targets.Book;

namespace DesaPlatform.Targets.Monitoring.LaggingVillages;

/// <summary>
/// The desa of a region that lag in one segment: every desa of the region (from Regions) set against its approved
/// roster today (from Membership) and the target that applies to it. The whole list is composed in memory — a province
/// has a few thousand desa — then filtered, sorted and paged, so the list, its total and its export agree.
/// </summary>
internal sealed class LaggingVillagesHandler(IRegionDirectory regions, IVillageStandings standings, TargetBookReader targets, IClock clock)
{
    /// <summary>Null when the region is unknown or outside the caller's scope.</summary>
    public async Task<IReadOnlyList<LaggingVillage>?> HandleAsync(LagQuery query, CancellationToken cancellationToken)
    {
        var region = await regions.FindAsync(query.RegionCode, cancellationToken);
        if (region is null) return null;
        var root = query.Within is { } within && RegionCode.IsWithin(within, region.Code) ? within : region.Code;
        var desa = await regions.DesaAsync(root, cancellationToken);
        var standing = await standings.OfAsync(root, query.Segment, cancellationToken);
        var year = clock.TodayIn(region.Code).Year;
        var indicator = IndicatorCatalog.PersonCoverageOf(query.Segment);
        var book = await targets.ReadAsync(year, desa.Select(d => d.Code[..RegionCode.ChildCodeLength(2)]).Distinct(), cancellationToken);

        var villages = desa.Select(d =>
        {
            var s = standing.GetValueOrDefault(d.Code);
            return new LaggingVillage(d.Code, d.Name, d.DistrictName, d.RegencyName, s?.InOffice ?? 0, s?.Covered ?? 0,
                book.For(indicator, d.Code, year), s?.LastApprovedAt);
        });
        var lagging = query.Kind == LagKind.NoCoverage
            ? villages.Where(v => v.Covered == 0)
            : villages.Where(v => v.CoveragePercent is { } value && v.Target is { } target && value < target.Percent);
        return Sorted(lagging, query.Order, query.Descending).ToList();
    }

    private static IEnumerable<LaggingVillage> Sorted(IEnumerable<LaggingVillage> villages, LagOrder order, bool descending)
    {
        Func<LaggingVillage, IComparable> key = order switch
        {
            LagOrder.Name => v => v.Name,
            LagOrder.Coverage => v => v.CoveragePercent ?? -1,
            LagOrder.InOffice => v => v.InOffice,
            _ => v => v.Code,
        };
        var sorted = descending ? villages.OrderByDescending(key) : villages.OrderBy(key);
        return sorted.ThenBy(v => v.Code, StringComparer.Ordinal);
    }
}
