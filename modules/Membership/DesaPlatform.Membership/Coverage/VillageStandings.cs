using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

/// <summary>From the kept summary (rows the calendar expired counted afresh, as the reports do) and the approvals.</summary>
internal sealed class VillageStandings(MembershipDbContext db, CoverageSummary summary) : IVillageStandings
{
    public async Task<IReadOnlyDictionary<string, VillageStanding>> OfAsync(string rootCode, string segment, CancellationToken cancellationToken)
    {
        var kept = db.VillageCoverage.Where(RegionScope.Under(rootCode).Predicate<VillageCoverage>(r => r.RegionCode));
        var expired = await summary.ExpiredVillages(kept).ToListAsync(cancellationToken);
        var rows = await kept.Where(r => !expired.Contains(r.RegionCode)).AsNoTracking().ToListAsync(cancellationToken);
        rows.AddRange(await summary.CountAsync(expired, cancellationToken));

        var approved = await db.Submissions.Where(RegionScope.Under(rootCode).Predicate<Submission>(s => s.RegionCode))
            .Where(s => s.Status == SubmissionStatus.Approved)
            .GroupBy(s => s.RegionCode)
            .Select(g => new { Village = g.Key, At = g.Max(s => s.ReviewedAt) })
            .ToDictionaryAsync(a => a.Village, a => a.At, cancellationToken);

        var counted = Counted(rows, segment).ToDictionary(r => r.Village);
        return counted.Keys.Union(approved.Keys).ToDictionary(village => village, village =>
        {
            var (_, inOffice, covered) = counted.GetValueOrDefault(village, (village, 0, 0));
            return new VillageStanding(inOffice, covered, approved.GetValueOrDefault(village));
        });
    }

    private static IEnumerable<(string Village, int InOffice, int Covered)> Counted(IEnumerable<VillageCoverage> rows, string segment) =>
        segment == RosterCounts.KepalaDesa
            ? rows.Where(r => r.HeadInOffice > 0).Select(r => (r.RegionCode, r.HeadInOffice, r.HeadCovered))
            : rows.Where(r => r.Segment.ToString().ToConstantCase() == segment && r.InOffice > 0).Select(r => (r.RegionCode, r.InOffice, r.Covered));
}
