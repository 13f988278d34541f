using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// Keeps <see cref="DistrictCoverage"/> and <see cref="DistrictSummary"/>: the districts of recounted villages summed
/// again from their villages' kept rows, each under its district's lock (<see cref="LockRows"/>), so that two
/// villages of one district changed at once both count. Read for any region above the district.
/// </summary>
internal sealed class KeptDistricts(MembershipDbContext db, LockRows locks, IClock clock)
{
    public const int CodeLength = 8;

    /// <summary>Sums the districts of <paramref name="villageCodes"/> again; their villages' rows must be saved already.</summary>
    public async Task RecountAsync(IReadOnlyCollection<string> villageCodes, CancellationToken cancellationToken)
    {
        var districts = villageCodes.Select(code => code[..CodeLength]).Distinct().Order(StringComparer.Ordinal).ToList();
        if (districts.Count == 0) return;
        foreach (var district in districts) await locks.TakeAsync(district, cancellationToken);

        // One range over the (ordered) districts, then the districts themselves: a rebuild's batch lies together. Every
        // village of the district counts, whoever's change this is (an operator's scope is their village alone).
        var (lower, upper) = (districts[0], RegionCodeRange.Upper(districts[^1]));
        var villages = db.VillageCoverage.IgnoreQueryFilters().Where(r => string.Compare(r.RegionCode, lower) >= 0 && string.Compare(r.RegionCode, upper) < 0)
            .Where(r => districts.Contains(r.RegionCode.Substring(0, CodeLength)));
        var rollUp = new CoverageRollUp();
        await rollUp.AddAsync(villages.Select(r => new VillageCounts
        {
            Key = r.RegionCode.Substring(0, CodeLength), RegionCode = r.RegionCode, Segment = r.Segment, InOffice = r.InOffice,
            Covered = r.Covered, HeadInOffice = r.HeadInOffice, HeadCovered = r.HeadCovered,
        }), cancellationToken);
        var others = await villages.GroupBy(r => r.RegionCode.Substring(0, CodeLength))
            .Select(g => new { District = g.Key, Pending = g.Sum(r => r.Pending), ExpiresAt = g.Min(r => r.ExpiresAt) })
            .ToDictionaryAsync(g => g.District, cancellationToken);

        await db.DistrictCoverage.Where(r => districts.Contains(r.RegionCode)).ExecuteDeleteAsync(cancellationToken);
        await db.DistrictSummaries.Where(r => districts.Contains(r.RegionCode)).ExecuteDeleteAsync(cancellationToken);
        var segments = rollUp.Segments.Select(t => new DistrictCoverage
        {
            RegionCode = t.Child, Segment = t.Segment, InOffice = t.InOffice, Covered = t.Covered, HeadInOffice = t.HeadInOffice,
            HeadCovered = t.HeadCovered, DesaWithCoverage = t.DesaWithCoverage, DesaWithHeadCovered = t.DesaWithHeadCovered,
        }).ToList();
        var desa = rollUp.Desa.ToDictionary(t => t.Child);
        var summaries = others.Values.Select(o => new DistrictSummary
        {
            RegionCode = o.District, Pending = o.Pending, ExpiresAt = o.ExpiresAt,
            DesaWithCoverage = desa.GetValueOrDefault(o.District)?.DesaWithCoverage ?? 0,
            DesaWithApprovedRoster = desa.GetValueOrDefault(o.District)?.DesaWithApprovedRoster ?? 0,
        }).ToList();
        db.DistrictCoverage.AddRange(segments);
        db.DistrictSummaries.AddRange(summaries);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in segments) db.Entry(row).State = EntityState.Detached;
        foreach (var row in summaries) db.Entry(row).State = EntityState.Detached;
    }

    /// <summary>The districts under <paramref name="rootCode"/> whose sums the calendar has expired by now: their villages are read instead.</summary>
    public Task<List<string>> ExpiredAsync(string rootCode, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        return db.DistrictSummaries.Where(RegionScope.Under(rootCode).Predicate<DistrictSummary>(r => r.RegionCode)).Where(r => r.ExpiresAt <= now)
            .Select(r => r.RegionCode).ToListAsync(cancellationToken);
    }

    /// <summary>The kept districts under <paramref name="rootCode"/> but <paramref name="expired"/>, rolled up by child region.</summary>
    public async Task AddAsync(CoverageRollUp rollUp, string rootCode, int childCodeLength, IReadOnlyCollection<string> expired,
        CancellationToken cancellationToken)
    {
        // As the villages' roll-up: rows with someone in office only.
        var segments = db.DistrictCoverage.Where(RegionScope.Under(rootCode).Predicate<DistrictCoverage>(r => r.RegionCode))
            .Where(r => r.InOffice > 0 && !expired.Contains(r.RegionCode));
        var summaries = db.DistrictSummaries.Where(RegionScope.Under(rootCode).Predicate<DistrictSummary>(r => r.RegionCode))
            .Where(r => r.DesaWithApprovedRoster > 0 && !expired.Contains(r.RegionCode));
        rollUp.Add(
            await segments.GroupBy(r => new { Child = r.RegionCode.Substring(0, childCodeLength), r.Segment })
                .Select(g => new SegmentTotals
                {
                    Child = g.Key.Child, Segment = g.Key.Segment, InOffice = g.Sum(r => r.InOffice), Covered = g.Sum(r => r.Covered),
                    HeadInOffice = g.Sum(r => r.HeadInOffice), HeadCovered = g.Sum(r => r.HeadCovered),
                    DesaWithCoverage = g.Sum(r => r.DesaWithCoverage), DesaWithHeadCovered = g.Sum(r => r.DesaWithHeadCovered),
                }).ToListAsync(cancellationToken),
            await summaries.GroupBy(r => r.RegionCode.Substring(0, childCodeLength))
                .Select(g => new DesaTotals { Child = g.Key, DesaWithCoverage = g.Sum(r => r.DesaWithCoverage), DesaWithApprovedRoster = g.Sum(r => r.DesaWithApprovedRoster) })
                .ToListAsync(cancellationToken));
    }

    /// <summary>Roster changes waiting under <paramref name="rootCode"/>: the calendar never moves them, so no district expires here.</summary>
    public Task<int> PendingAsync(string rootCode, CancellationToken cancellationToken) =>
        db.DistrictSummaries.Where(RegionScope.Under(rootCode).Predicate<DistrictSummary>(r => r.RegionCode)).SumAsync(r => r.Pending, cancellationToken);
}
