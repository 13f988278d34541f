using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.Summary;

/// <summary>Counts a set of roster versions in the database, as the coverage report counts: two queries, whatever the roster's size.</summary>
internal static class RosterFiguresQuery
{
    public static async Task<RosterFigures> CountAsync(IQueryable<Person> people, DateOnly on, CancellationToken cancellationToken)
    {
        var counts = await people
            .GroupBy(_ => 1)
            .Select(g => new
            {
                InOffice = g.Count(p => p.TermStart <= on && (p.TermEnd == null || p.TermEnd >= on)),
                Covered = g.Count(p => p.TermStart <= on && (p.TermEnd == null || p.TermEnd >= on) && p.CoveredFrom <= on),
                TermEnded = g.Count(p => p.TermEnd < on),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var payable = await people
            .Where(p => p.TermStart <= on && (p.TermEnd == null || p.TermEnd >= on) && p.Enrollment!.Status == EnrollmentStatus.Active)
            .GroupBy(p => new { p.Enrollment!.Scheme, p.Enrollment.Programs, p.Enrollment.WageBase })
            .Select(g => new { g.Key.Scheme, g.Key.Programs, g.Key.WageBase, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new RosterFigures(
            counts?.InOffice ?? 0, counts?.Covered ?? 0, counts?.TermEnded ?? 0,
            payable.Select(p => new PayableEnrollments(p.Scheme, p.Programs, p.WageBase, p.Count)).ToList(), on);
    }
}
