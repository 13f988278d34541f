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
/// Counts for reports. Today's come from the kept <see cref="VillageCoverage"/> rows, rolled up in the database; a
/// past day's from the roster's approved versions. Either way a fixed number of grouped queries, whatever the region.
/// </summary>
internal sealed class ApprovedRosterCounts(MembershipDbContext db, CoverageSummary summary, IClock clock) : IRosterCounts
{
    public Task<RosterCounts> CountAsync(string rootCode, int childCodeLength, DateOnly asOf, CancellationToken cancellationToken) =>
        asOf >= clock.TodayIn(rootCode)
            ? CountKeptAsync(rootCode, childCodeLength, cancellationToken)
            : CountHistoryAsync(rootCode, childCodeLength, asOf, cancellationToken);

    public Task<int> CountPendingAsync(string rootCode, CancellationToken cancellationToken) =>
        db.VillageCoverage.Where(Under<VillageCoverage>(rootCode, r => r.RegionCode)).SumAsync(r => r.Pending, cancellationToken);

    // Rows the calendar has expired since (a term began or ended) are counted afresh from the roster here, until
    // CoverageExpiry keeps their new count: a figure is never read from an expired row.
    private async Task<RosterCounts> CountKeptAsync(string rootCode, int childCodeLength, CancellationToken cancellationToken)
    {
        var kept = db.VillageCoverage.Where(Under<VillageCoverage>(rootCode, r => r.RegionCode));
        var expired = await summary.ExpiredVillages(kept).ToListAsync(cancellationToken);
        if (expired.Count > 0) kept = kept.Where(r => !expired.Contains(r.RegionCode));

        var rollUp = new CoverageRollUp();
        await rollUp.AddAsync(Counts(kept.Where(r => r.InOffice > 0)), childCodeLength, cancellationToken);
        if (expired.Count > 0)
            await rollUp.AddAsync(Counts((await summary.CountAsync(expired, cancellationToken)).AsQueryable()), childCodeLength, cancellationToken);
        return rollUp.Counts();
    }

    private async Task<RosterCounts> CountHistoryAsync(string rootCode, int childCodeLength, DateOnly asOf, CancellationToken cancellationToken)
    {
        var villages = InForce(rootCode, asOf).Where(p => p.TermStart <= asOf && (p.TermEnd == null || p.TermEnd >= asOf))
            .Join(db.Positions, person => person.PositionCode, position => position.Code,
                (person, position) => new { person.RegionCode, person.CoveredFrom, position.Segment, Head = person.PositionCode == Position.KepalaDesa })
            .GroupBy(p => new { p.RegionCode, p.Segment })
            .Select(g => new VillageCounts
            {
                RegionCode = g.Key.RegionCode, Segment = g.Key.Segment,
                InOffice = g.Count(), Covered = g.Count(p => p.CoveredFrom <= asOf),
                HeadInOffice = g.Count(p => p.Head), HeadCovered = g.Count(p => p.Head && p.CoveredFrom <= asOf),
            });
        var rollUp = new CoverageRollUp();
        await rollUp.AddAsync(villages, childCodeLength, cancellationToken);
        return rollUp.Counts();
    }

    private static IQueryable<VillageCounts> Counts(IQueryable<VillageCoverage> rows) =>
        rows.Select(r => new VillageCounts
        {
            RegionCode = r.RegionCode, Segment = r.Segment, InOffice = r.InOffice, Covered = r.Covered,
            HeadInOffice = r.HeadInOffice, HeadCovered = r.HeadCovered,
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
