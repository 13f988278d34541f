using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Arrears;

/// <summary>
/// The counts for reports from the kept counts of the villages (<see cref="KeptArrearsCounts"/>): only the villages
/// whose stamp moved since, or all of them when a month has closed, are counted again, in one read under the region they
/// share. The same figures as counting everyone afresh (<c>KeptArrearsTests</c>), without its 1.5 s for a province.
/// </summary>
internal sealed class ArrearsFigures(ArrearsBook book, BudgetingDbContext db, KeptArrearsCounts kept) : IArrearsFigures
{
    public async Task<ArrearsCounts> CountAsync(string rootCode, int childCodeLength, CancellationToken cancellationToken)
    {
        var asOf = book.AsOf(rootCode);
        var under = rootCode + ".";
        var stamps = await db.ArrearsStamps.AsNoTracking().Where(s => s.RegionCode == rootCode || s.RegionCode.StartsWith(under))
            .ToDictionaryAsync(s => s.RegionCode, s => s.Stamp, cancellationToken);
        var stale = stamps.Where(s => !kept.Holds(s.Key, asOf, s.Value)).Select(s => s.Key).ToList();
        if (stale.Count > 0) await CountAgainAsync(stale, stamps, asOf, cancellationToken);
        return new ArrearsCounts(asOf, stamps.Keys.Select(village => (Village: village, Count: kept[village]))
            .Where(v => v.Count.Enrolled > 0)
            .GroupBy(v => v.Village.Length > childCodeLength ? v.Village[..childCodeLength] : v.Village)
            .Select(g => new ArrearsFigure(g.Key, g.Sum(v => v.Count.Enrolled), g.Sum(v => v.Count.AtRisk)))
            .ToList());
    }

    private async Task CountAgainAsync(List<string> villages, Dictionary<string, long> stamps, DateOnly asOf, CancellationToken cancellationToken)
    {
        var people = (await book.ReadAsync(RosterArrears.CommonRegion(villages), asOf, cancellationToken)).ToLookup(p => p.RegionCode);
        foreach (var village in villages)
            kept.Keep(village, new VillageCount(asOf, stamps[village], people[village].Count(), people[village].Count(p => p.AtRisk)));
    }
}
