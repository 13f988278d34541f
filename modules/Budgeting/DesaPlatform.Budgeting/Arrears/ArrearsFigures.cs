using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Arrears;

/// <summary>
/// The counts for reports from the kept counts of the villages (<see cref="KeptArrearsCounts"/>): only the villages
/// whose stamp moved since, or all of them when a month has closed, are counted again, in one read under the region they
/// share. The same figures as counting everyone afresh (<c>KeptArrearsTests</c>), without counting a province on every read.
/// </summary>
internal sealed class ArrearsFigures(ArrearsBook book, BudgetingDbContext db, KeptArrearsCounts kept) : IArrearsFigures
{
    public async Task<ArrearsCounts> CountAsync(string rootCode, int childCodeLength, CancellationToken cancellationToken)
    {
        var asOf = book.AsOf(rootCode);
        var under = rootCode + ".";
        var stamps = await db.ArrearsStamps.AsNoTracking().Where(s => s.RegionCode == rootCode || s.RegionCode.StartsWith(under))
            .ToDictionaryAsync(s => s.RegionCode, s => s.Stamp, cancellationToken);
        var counts = stamps.ToDictionary(s => s.Key, s => kept.Holding(s.Key, asOf, s.Value));
        var stale = counts.Where(c => c.Value is null).Select(c => c.Key).ToList();
        if (stale.Count > 0)
            foreach (var count in await CountAgainAsync(stale, stamps, asOf, cancellationToken)) counts[count.Key] = count.Value;
        return new ArrearsCounts(asOf, counts.Select(c => (Village: c.Key, Count: c.Value!))
            .Where(v => v.Count.Enrolled > 0)
            .GroupBy(v => v.Village.Length > childCodeLength ? v.Village[..childCodeLength] : v.Village)
            .Select(g => new ArrearsFigure(g.Key, g.Sum(v => v.Count.Enrolled), g.Sum(v => v.Count.AtRisk)))
            .ToList());
    }

    private async Task<Dictionary<string, VillageCount>> CountAgainAsync(List<string> villages, Dictionary<string, long> stamps, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        var people = (await book.ReadAsync(RosterArrears.CommonRegion(villages), asOf, cancellationToken)).ToLookup(p => p.RegionCode);
        var counts = villages.ToDictionary(v => v, v => new VillageCount(asOf, stamps[v], people[v].Count(), people[v].Count(p => p.AtRisk)));
        foreach (var (village, count) in counts) kept.Keep(village, count);
        return counts;
    }
}
