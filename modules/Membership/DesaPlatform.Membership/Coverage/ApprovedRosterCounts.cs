using System.Linq.Expressions;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// Counts for reports. Today's come from the kept <see cref="VillageCoverage"/> rows (above the district, from the
/// kept <see cref="DistrictCoverage"/> rows), rolled up in the database; a past day's from the roster's approved versions. Either way a fixed number of grouped queries, whatever the region.
/// </summary>
internal sealed class ApprovedRosterCounts(
    MembershipDbContext db, CoverageSummary summary, KeptDistricts districts, RegionMonths regionMonths, IClock clock) : IRosterCounts
{
    public Task<RosterCounts> CountAsync(string rootCode, int childCodeLength, DateOnly asOf, CancellationToken cancellationToken) =>
        asOf >= clock.TodayIn(rootCode)
            ? CountKeptAsync(rootCode, childCodeLength, cancellationToken)
            : CountHistoryAsync(rootCode, childCodeLength, asOf, cancellationToken);

    public async Task<IReadOnlyDictionary<DateOnly, RosterCounts>> CountClosedMonthsAsync(
        string rootCode, IReadOnlyCollection<DateOnly> monthEnds, CancellationToken cancellationToken)
    {
        var wanted = monthEnds.Where(day => day == MonthlyCoverage.MonthEnd(day)).ToDictionary(MonthlyCoverage.Key);
        var keys = wanted.Keys.ToList();
        var closed = await db.ClosedMonths.Where(m => keys.Contains(m.Month)).Select(m => m.Month).ToListAsync(cancellationToken);
        if (closed.Count == 0) return new Dictionary<DateOnly, RosterCounts>();
        var rollUp = new CoverageRollUp();
        if (rootCode.Length < MonthlyCoverage.VillageCodeLength) await regionMonths.AddAsync(rollUp, rootCode, closed, cancellationToken);
        else await rollUp.AddAsync(db.VillageMonths.Where(m => m.RegionCode == rootCode && closed.Contains(m.Month))
            .Select(m => new VillageCounts
            {
                Key = m.Month, RegionCode = m.RegionCode, Segment = m.Segment, InOffice = m.InOffice, Covered = m.Covered,
                HeadInOffice = m.HeadInOffice, HeadCovered = m.HeadCovered,
            }), cancellationToken);
        var byMonth = rollUp.Counts();
        // Each month as CountAsync would give it for the root alone: one row, under the root's code.
        return closed.ToDictionary(month => wanted[month], month => new RosterCounts(
            byMonth.BySegment.Where(c => c.RegionCode == month).Select(c => c with { RegionCode = rootCode }).ToList(),
            byMonth.ByRegion.Where(c => c.RegionCode == month).Select(c => c with { RegionCode = rootCode }).ToList()));
    }

    public Task<int> CountPendingAsync(string rootCode, CancellationToken cancellationToken) =>
        rootCode.Length < KeptDistricts.CodeLength
            ? districts.PendingAsync(rootCode, cancellationToken)
            : db.VillageCoverage.Where(Under<VillageCoverage>(rootCode, r => r.RegionCode)).SumAsync(r => r.Pending, cancellationToken);

    // Above the district, the kept districts are summed, but those the calendar has expired: their villages are read
    // like a district's. Rows the calendar has expired since (a term began or ended) are counted afresh from the roster
    // here, until CoverageExpiry keeps their new count: a figure is never read from an expired row.
    private async Task<RosterCounts> CountKeptAsync(string rootCode, int childCodeLength, CancellationToken cancellationToken)
    {
        var rollUp = new CoverageRollUp();
        var kept = db.VillageCoverage.Where(Under<VillageCoverage>(rootCode, r => r.RegionCode));
        if (childCodeLength <= KeptDistricts.CodeLength)
        {
            var expiredDistricts = await districts.ExpiredAsync(rootCode, cancellationToken);
            await districts.AddAsync(rollUp, rootCode, childCodeLength, expiredDistricts, cancellationToken);
            if (expiredDistricts.Count == 0) return rollUp.Counts();
            kept = kept.Where(r => expiredDistricts.Contains(r.RegionCode.Substring(0, KeptDistricts.CodeLength)));
        }
        var expired = await summary.ExpiredVillages(kept).ToListAsync(cancellationToken);
        if (expired.Count > 0) kept = kept.Where(r => !expired.Contains(r.RegionCode));
        await rollUp.AddAsync(Counts(kept.Where(r => r.InOffice > 0), childCodeLength), cancellationToken);
        if (expired.Count > 0)
            await rollUp.AddAsync(Counts((await summary.CountAsync(expired, cancellationToken)).AsQueryable(), childCodeLength), cancellationToken);
        return rollUp.Counts();
    }

    private async Task<RosterCounts> CountHistoryAsync(string rootCode, int childCodeLength, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rollUp = new CoverageRollUp();
        await rollUp.AddAsync(HistoryCounts(rootCode, asOf, childCodeLength), cancellationToken);
        return rollUp.Counts();
    }

    /// <summary>
    /// Each village and segment under <paramref name="rootCode"/> as the approved history had it at the end of
    /// <paramref name="asOf"/>, keyed by the first <paramref name="keyLength"/> characters of its code.
    /// </summary>
    public IQueryable<VillageCounts> HistoryCounts(string rootCode, DateOnly asOf, int keyLength) =>
        InOffice(rootCode, asOf)
            .Join(db.Positions, person => person.PositionCode, position => position.Code,
                (person, position) => new { person.RegionCode, person.CoveredFrom, position.Segment, Head = person.PositionCode == Position.KepalaDesa })
            .GroupBy(p => new { p.RegionCode, p.Segment })
            .Select(g => new VillageCounts
            {
                Key = g.Key.RegionCode.Substring(0, keyLength), RegionCode = g.Key.RegionCode, Segment = g.Key.Segment,
                InOffice = g.Count(), Covered = g.Count(p => p.CoveredFrom <= asOf),
                HeadInOffice = g.Count(p => p.Head), HeadCovered = g.Count(p => p.Head && p.CoveredFrom <= asOf),
            });

    /// <summary>The people in office at the end of <paramref name="asOf"/>, in the version of their entry in force then.</summary>
    internal IQueryable<Person> InOffice(string rootCode, DateOnly asOf) =>
        InForce(rootCode, asOf).Where(p => p.TermStart <= asOf && (p.TermEnd == null || p.TermEnd >= asOf));

    private static IQueryable<VillageCounts> Counts(IQueryable<VillageCoverage> rows, int childCodeLength) =>
        rows.Select(r => new VillageCounts
        {
            Key = r.RegionCode.Substring(0, childCodeLength), RegionCode = r.RegionCode, Segment = r.Segment, InOffice = r.InOffice,
            Covered = r.Covered, HeadInOffice = r.HeadInOffice, HeadCovered = r.HeadCovered,
        });

    // Per entry the version approved last by the end of that day, official now or superseded since; a version taken
    // back by a reopen is a draft again and no longer part of the record.
    private IQueryable<Person> InForce(string rootCode, DateOnly asOf)
    {
        var end = RegionTime.Of(rootCode).StartOfDayUtc(asOf.AddDays(1));
        var approved = db.People.Where(p =>
            (p.Status == RosterStatus.Official || p.Status == RosterStatus.Superseded) && p.ApprovedAt < end);
        return approved.Where(Under<Person>(rootCode, p => p.RegionCode))
            .Where(p => !approved.Any(later => later.EntryId == p.EntryId && later.ApprovedAt > p.ApprovedAt));
    }

    private static Expression<Func<T, bool>> Under<T>(string rootCode, Expression<Func<T, string>> code) =>
        RegionScope.Under(rootCode).Predicate(code);
}
