using System.Linq.Expressions;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// Counts for reports. Today's come from the kept <see cref="VillageCoverage"/> rows, rolled up in the database; a
/// past day's from the roster's approved versions. Either way a fixed number of grouped queries, whatever the region.
/// </summary>
internal sealed class ApprovedRosterCounts(MembershipDbContext db, CoverageSummary summary, IClock clock) : IRosterCounts
{
    // The 10th character of a village code: 1 kelurahan, 2 desa, 3 desa adat.
    private static readonly Expression<Func<string, bool>> IsDesa = code => code.Substring(9, 1) != "1";
    private static readonly Func<string, bool> IsDesaCode = IsDesa.Compile();

    private static readonly IReadOnlyList<string> Segments = Enum.GetValues<Segment>().Select(Name).ToList();

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

        var people = await kept.Where(r => r.InOffice > 0)
            .GroupBy(r => new { Child = r.RegionCode.Substring(0, childCodeLength), r.Segment })
            .Select(g => new VillageCoverage
            {
                RegionCode = g.Key.Child, Segment = g.Key.Segment, InOffice = g.Sum(r => r.InOffice), Covered = g.Sum(r => r.Covered),
            })
            .ToListAsync(cancellationToken);
        var desa = await CountDesaAsync(kept.Where(r => r.Covered > 0).Select(r => r.RegionCode), childCodeLength, cancellationToken);

        var recounted = expired.Count > 0 ? await summary.CountAsync(expired, cancellationToken) : [];
        foreach (var village in recounted.Where(r => r.Covered > 0).Select(r => r.RegionCode).Where(IsDesaCode).Distinct())
            desa[village[..childCodeLength]] = desa.GetValueOrDefault(village[..childCodeLength]) + 1;
        var all = people.Concat(recounted.Where(r => r.InOffice > 0))
            .GroupBy(r => (Child: r.RegionCode[..childCodeLength], r.Segment))
            .Select(g => new PeopleCount(g.Key.Child, Name(g.Key.Segment), g.Sum(r => r.InOffice), g.Sum(r => r.Covered)))
            .ToList();
        return new RosterCounts(all, desa, Segments);
    }

    private async Task<RosterCounts> CountHistoryAsync(string rootCode, int childCodeLength, DateOnly asOf, CancellationToken cancellationToken)
    {
        var inOffice = InForce(rootCode, asOf).Where(p => p.TermStart <= asOf && (p.TermEnd == null || p.TermEnd >= asOf));
        var people = await inOffice
            .Join(db.Positions, person => person.PositionCode, position => position.Code,
                (person, position) => new { person.RegionCode, person.CoveredFrom, position.Segment })
            .GroupBy(p => new { Child = p.RegionCode.Substring(0, childCodeLength), p.Segment })
            .Select(g => new { g.Key.Child, g.Key.Segment, InOffice = g.Count(), Covered = g.Count(p => p.CoveredFrom <= asOf) })
            .ToListAsync(cancellationToken);
        var desa = await CountDesaAsync(inOffice.Where(p => p.CoveredFrom <= asOf).Select(p => p.RegionCode), childCodeLength, cancellationToken);
        return new RosterCounts(people.Select(p => new PeopleCount(p.Child, Name(p.Segment), p.InOffice, p.Covered)).ToList(), desa, Segments);
    }

    /// <summary>Desa (not kelurahan) among <paramref name="coveredVillages"/>, each once, per child region.</summary>
    private static Task<Dictionary<string, int>> CountDesaAsync(IQueryable<string> coveredVillages, int childCodeLength,
        CancellationToken cancellationToken) =>
        coveredVillages.Where(IsDesa).Distinct()
            .GroupBy(code => code.Substring(0, childCodeLength))
            .Select(g => new { Child = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Child, g => g.Count, cancellationToken);

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

    private static string Name(Segment segment) => segment.ToString().ToConstantCase();
}
