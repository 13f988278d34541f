using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Targets.Book;
using DesaPlatform.Targets.Ucj;

namespace DesaPlatform.Targets.Coverage.Report;

/// <summary>
/// Approved coverage of a region and of each child region on one day, each indicator next to the target that applies:
/// one roll-up of the roster, one count of the desa and one read of the targets, whatever the region.
/// </summary>
internal sealed class CoverageReportHandler(
    IRegionDirectory regions, IRosterCounts roster, IVerifiedRosterCounts verifiedRoster, TargetBookReader targets, UcjBookReader ucj,
    IArrearsFigures arrears, IClock clock)
{
    public async Task<CoverageReport?> HandleAsync(string regionCode, int year, DateOnly? asOfDate, CancellationToken cancellationToken)
    {
        if (await RegionRows.FindAsync(regions, regionCode, cancellationToken) is not var (region, children, childLength)) return null;
        var today = clock.TodayIn(region.Code);
        var asOf = asOfDate ?? ReportDay.Of(year, today);

        var counts = await roster.CountAsync(region.Code, childLength, asOf, cancellationToken);
        var desa = await regions.CountDesaAsync(region.Code, childLength, cancellationToken);
        IReadOnlyList<string> shown = [region.Code, .. children.Select(c => c.Code)];
        var book = await targets.ReadAsync(year, shown, cancellationToken);
        // Arrears are counted to the last closed month only: a report of another day has no ARREARS figure.
        var arrearsCounts = asOf == today ? await arrears.CountAsync(region.Code, childLength, cancellationToken) : null;
        var verified = await VerifiedAsync(region.Code, childLength, asOf, cancellationToken);
        var figures = new IndicatorFigures(counts, desa, book, year, await ucj.ReadAsync(shown, asOf, cancellationToken), arrearsCounts, verified, asOf);

        return new CoverageReport(region.Code, year, asOf, clock.UtcNow, figures.Of(region.Code, region.Name, _ => true),
            children.Select(child => figures.Of(child.Code, child.Name, code => code == child.Code)).ToList(),
            RosterCounts.Segments.Select(segment => new SegmentFigures(segment,
                counts.BySegment.Where(c => c.Segment == segment).Sum(c => c.InOffice),
                counts.BySegment.Where(c => c.Segment == segment).Sum(c => c.Covered))).ToList(),
            await roster.CountPendingAsync(region.Code, cancellationToken));
    }

    /// <summary>The roster read against the BPJS lists dated by that day; null where none covers the region.</summary>
    private async Task<VerifiedFigures?> VerifiedAsync(string regionCode, int childLength, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (await verifiedRoster.CountAsync(regionCode, childLength, asOf, cancellationToken) is not { } counts) return null;
        var desaListed = new Dictionary<string, int>();
        foreach (var listed in counts.ListedRegions)
            foreach (var (child, desa) in await regions.CountDesaAsync(listed, childLength, cancellationToken))
                desaListed[child] = desaListed.GetValueOrDefault(child) + desa;
        return new VerifiedFigures(counts, desaListed, childLength);
    }
}
