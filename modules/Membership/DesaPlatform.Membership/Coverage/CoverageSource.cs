using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

/// <summary>Counts in the database, grouped by child region: people in office, covered, desa with a covered person.</summary>
internal sealed class CoverageSource(MembershipDbContext db) : ICoverageSource
{
    // The 10th character of a village code: 1 kelurahan, 2 desa, 3 desa adat.
    private const int VillageKindIndex = 9;

    public async Task<IReadOnlyList<CoverageCount>> CountAsync(
        string rootCode, int groupCodeLength, DateOnly on, CancellationToken cancellationToken)
    {
        var childLength = groupCodeLength;
        var inOffice = InOffice(rootCode, on);
        var people = await inOffice
            .GroupBy(p => p.RegionCode.Substring(0, childLength))
            .Select(g => new
            {
                Child = g.Key,
                InOffice = g.Count(),
                Covered = g.Count(p => p.CoveredFrom <= on),
            })
            .ToListAsync(cancellationToken);
        var desa = await inOffice
            .Where(p => p.CoveredFrom <= on && p.RegionCode.Substring(VillageKindIndex, 1) != "1")
            .Select(p => p.RegionCode).Distinct()
            .GroupBy(code => code.Substring(0, childLength))
            .Select(g => new { Child = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Child, g => g.Count, cancellationToken);
        return people.Select(p => new CoverageCount(p.Child, p.InOffice, p.Covered, desa.GetValueOrDefault(p.Child))).ToList();
    }

    public async Task<IReadOnlyList<SegmentCoverage>> CountBySegmentAsync(string rootCode, DateOnly on, CancellationToken cancellationToken)
    {
        var counts = await InOffice(rootCode, on)
            .Join(db.Positions, person => person.PositionCode, position => position.Code, (person, position) => new { person.CoveredFrom, position.Segment })
            .GroupBy(p => p.Segment)
            .Select(g => new { Segment = g.Key, InOffice = g.Count(), Covered = g.Count(p => p.CoveredFrom <= on) })
            .ToDictionaryAsync(c => c.Segment, cancellationToken);
        return Enum.GetValues<Segment>()
            .Select(s => new SegmentCoverage(s.ToString().ToConstantCase(), counts.GetValueOrDefault(s)?.InOffice ?? 0, counts.GetValueOrDefault(s)?.Covered ?? 0))
            .ToList();
    }

    public Task<int> CountPendingAsync(string rootCode, CancellationToken cancellationToken) =>
        Within(rootCode).CountAsync(p => p.Status == RosterStatus.Pending, cancellationToken);

    private IQueryable<Person> InOffice(string rootCode, DateOnly on) =>
        Within(rootCode).Where(p => p.Status == RosterStatus.Official && p.TermStart <= on && (p.TermEnd == null || p.TermEnd >= on));

    private IQueryable<Person> Within(string rootCode) => db.People.Where(RegionScope.Under(rootCode).Predicate<Person>(p => p.RegionCode));
}
