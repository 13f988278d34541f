using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Roster.Update;

/// <summary>Changes an entry: a draft is edited, an official entry gets a draft change that waits for approval.</summary>
internal sealed class UpdatePersonHandler(RosterEdits edits)
{
    public Task<Payload<Person>> HandleAsync(Guid personId, PersonData data, CancellationToken cancellationToken) =>
        edits.ChangeAsync(personId, data, cancellationToken);
}
