using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster;

/// <summary>The official versions that changes replace, in one query per thousand changes.</summary>
internal static class VersionsReplaced
{
    /// <summary>Keyed by the id of the change.</summary>
    public static async Task<Dictionary<Guid, Person>> LoadAsync(MembershipDbContext db, IReadOnlyCollection<Person> changes,
        CancellationToken cancellationToken)
    {
        var replaced = new Dictionary<Guid, Person>();
        foreach (var chunk in changes.Where(c => c.BasedOnId is not null).Select(c => c.BasedOnId!.Value).Chunk(1000))
        {
            foreach (var person in await db.People.Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken))
                replaced[person.Id] = person;
        }
        return changes.Where(c => c.BasedOnId is { } id && replaced.ContainsKey(id)).ToDictionary(c => c.Id, c => replaced[c.BasedOnId!.Value]);
    }
}
