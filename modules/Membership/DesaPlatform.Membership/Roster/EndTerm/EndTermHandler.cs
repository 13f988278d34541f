using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.EndTerm;

internal sealed class EndTermHandler(MembershipDbContext db, RosterEdits edits)
{
    /// <summary>Ends the term on <paramref name="termEnd"/>; the enrollment ends too unless the person keeps it (moves).</summary>
    public async Task<Payload<Person>> HandleAsync(Guid personId, DateOnly termEnd, bool endEnrollment, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null) return Payload<Person>.Failure(UserError.NotFound("personId"));
        var data = person.Data();
        var enrollment = data.Enrollment is { } e && endEnrollment ? e with { Status = EnrollmentStatus.Ended } : data.Enrollment;
        return await edits.ChangeAsync(personId, data with { TermEnd = termEnd, Enrollment = enrollment }, cancellationToken);
    }
}
