using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.Discard;

internal sealed class DiscardChangeHandler(MembershipDbContext db, RosterEdits edits)
{
    /// <summary>
    /// Drops a draft change and answers the official version that applies again, or the dropped draft itself when the
    /// entry was never official (it is gone from the roster).
    /// </summary>
    public async Task<Payload<Person>> HandleAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null) return Payload<Person>.Failure(UserError.NotFound("personId"));
        if (person.Status != RosterStatus.Draft)
            return Payload<Person>.Failure(new UserError("NOT_A_DRAFT", "Hanya perubahan draf yang dapat dibatalkan.", "personId"));
        var official = await edits.OfficialAsync(person, cancellationToken);
        db.People.Remove(person);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<Person>.Success(official ?? person);
    }
}
