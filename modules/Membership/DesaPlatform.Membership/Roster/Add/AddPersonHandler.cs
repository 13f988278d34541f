using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Roster.Add;

/// <summary>Adds someone to a village's draft roster, checked by the roster's rules.</summary>
internal sealed class AddPersonHandler(MembershipDbContext db, RosterEdits edits)
{
    public Task<Payload<Person>> HandleAsync(string villageCode, PersonData data, CancellationToken cancellationToken) =>
        edits.EditAsync(villageCode, [data.Nik], async roster =>
        {
            if (roster.Check(data, null) is { Count: > 0 } errors) return Payload<Person>.Failure(errors);
            var person = Person.New(roster.Village.Code, roster.Resolve(data));
            db.People.Add(person);
            await db.SaveChangesAsync(cancellationToken);
            return Payload<Person>.Success(person);
        }, cancellationToken);
}
