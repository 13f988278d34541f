using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.Enrolled;

/// <summary>The official versions with an enrollment, read once for the whole region (the scope filter applies).</summary>
internal sealed class OfficialEnrolledPeople(MembershipDbContext db) : IEnrolledPeople
{
    public async Task<IReadOnlyList<EnrolledPerson>> UnderAsync(string rootCode, CancellationToken cancellationToken)
    {
        var under = rootCode + ".";
        var people = await db.People.AsNoTracking()
            .Where(p => p.Status == RosterStatus.Official && p.Enrollment != null && (p.RegionCode == rootCode || p.RegionCode.StartsWith(under)))
            .OrderBy(p => p.RegionCode).ThenBy(p => p.FullName)
            .ToListAsync(cancellationToken);
        return people.Select(p => new EnrolledPerson(p.EntryId, p.RegionCode, p.FullName, p.PositionCode, p.Nik, p.Enrollment!.Kpj,
            p.Enrollment.StartDate, p.TermStart, p.TermEnd, p.Enrollment.Status == EnrollmentStatus.Active, p.Enrollment)).ToList();
    }
}
