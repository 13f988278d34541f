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

/// <summary>Counts in the database from the roster's approved versions: two grouped queries, whatever the region.</summary>
internal sealed class ApprovedRosterCounts(MembershipDbContext db, IClock clock) : IRosterCounts
{
    // The 10th character of a village code: 1 kelurahan, 2 desa, 3 desa adat.
    private const int VillageKindIndex = 9;

    private static readonly IReadOnlyList<string> Segments = Enum.GetValues<Segment>().Select(s => s.ToString().ToConstantCase()).ToList();

    public async Task<RosterCounts> CountAsync(string rootCode, int childCodeLength, DateOnly asOf, CancellationToken cancellationToken)
    {
        var inOffice = InForce(rootCode, asOf).Where(p => p.TermStart <= asOf && (p.TermEnd == null || p.TermEnd >= asOf));
        var people = await inOffice
            .Join(db.Positions, person => person.PositionCode, position => position.Code,
                (person, position) => new { person.RegionCode, person.CoveredFrom, position.Segment })
            .GroupBy(p => new { Child = p.RegionCode.Substring(0, childCodeLength), p.Segment })
            .Select(g => new { g.Key.Child, g.Key.Segment, InOffice = g.Count(), Covered = g.Count(p => p.CoveredFrom <= asOf) })
            .ToListAsync(cancellationToken);
        var desa = await inOffice
            .Where(p => p.CoveredFrom <= asOf && p.RegionCode.Substring(VillageKindIndex, 1) != "1")
            .Select(p => p.RegionCode).Distinct()
            .GroupBy(code => code.Substring(0, childCodeLength))
            .Select(g => new { Child = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Child, g => g.Count, cancellationToken);
        return new RosterCounts(
            people.Select(p => new PeopleCount(p.Child, p.Segment.ToString().ToConstantCase(), p.InOffice, p.Covered)).ToList(),
            desa, Segments);
    }

    public Task<int> CountPendingAsync(string rootCode, CancellationToken cancellationToken) =>
        Within(rootCode).CountAsync(p => p.Status == RosterStatus.Pending, cancellationToken);

    // The versions in force at the end of the day. Today (or later) they are the official ones. For a past day, per
    // entry the version approved last by then, official now or superseded since; a version taken back by a reopen is
    // a draft again and no longer part of the record.
    private IQueryable<Person> InForce(string rootCode, DateOnly asOf)
    {
        if (asOf >= clock.TodayIn(rootCode)) return Within(rootCode).Where(p => p.Status == RosterStatus.Official);
        var end = RegionTime.Of(rootCode).StartOfDayUtc(asOf.AddDays(1));
        var approved = db.People.Where(p =>
            (p.Status == RosterStatus.Official || p.Status == RosterStatus.Superseded) && p.ApprovedAt < end);
        return approved.Where(Under(rootCode))
            .Where(p => !approved.Any(later => later.EntryId == p.EntryId && later.ApprovedAt > p.ApprovedAt));
    }

    private IQueryable<Person> Within(string rootCode) => db.People.Where(Under(rootCode));

    private static Expression<Func<Person, bool>> Under(string rootCode) => RegionScope.Under(rootCode).Predicate<Person>(p => p.RegionCode);
}
