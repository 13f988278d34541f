using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.Enrolled;

/// <summary>
/// The official versions with an enrollment, read once for the whole region (the scope filter applies), with the
/// enrollments of their approved history: a new KPJ is a new enrollment from its start date; a later approval of the
/// same KPJ corrects it.
/// </summary>
internal sealed class OfficialEnrolledPeople(MembershipDbContext db) : IEnrolledPeople
{
    public async Task<IReadOnlyList<EnrolledPerson>> UnderAsync(string rootCode, CancellationToken cancellationToken)
    {
        var under = rootCode + ".";
        var versions = await db.People.AsNoTracking()
            .Where(p => (p.Status == RosterStatus.Official || p.Status == RosterStatus.Superseded) && p.Enrollment != null
                && (p.RegionCode == rootCode || p.RegionCode.StartsWith(under)))
            .ToListAsync(cancellationToken);
        var history = versions.Where(p => p.Enrollment!.Status == EnrollmentStatus.Active).ToLookup(p => p.EntryId);
        return versions.Where(p => p.Status == RosterStatus.Official).OrderBy(p => p.RegionCode).ThenBy(p => p.FullName)
            .Select(p => new EnrolledPerson(p.EntryId, p.RegionCode, p.FullName, p.PositionCode, p.Nik, p.Enrollment!.Kpj,
                p.Enrollment.StartDate, p.TermStart, p.TermEnd, p.Enrollment.Status == EnrollmentStatus.Active, p.Enrollment,
                Enrollments(history[p.EntryId], p.Enrollment)))
            .ToList();
    }

    /// <summary>Each KPJ as last approved, those started before the current one (which comes last).</summary>
    private static List<DatedEnrollment> Enrollments(IEnumerable<Person> versions, Enrollment current) =>
        versions.GroupBy(v => v.Enrollment!.Kpj)
            .Select(kpj => kpj.MaxBy(v => v.ApprovedAt)!.Enrollment!)
            .Where(e => e.Kpj == current.Kpj || e.StartDate < current.StartDate)
            .Select(e => new DatedEnrollment(e.Kpj, e.StartDate, e))
            .OrderBy(e => e.StartDate)
            .ToList();
}
