using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Positions;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.Discard;

internal sealed class DiscardChangeHandler(MembershipDbContext db, PositionCatalogCache catalog, RosterEdits edits, RosterLock rosterLock, IClock clock)
{
    /// <summary>
    /// Drops a draft change and answers the official version that applies again, or the dropped draft itself when the
    /// entry was never official (it is gone from the roster). Refused if the official version would overfill its
    /// position (a draft that ended it made room for someone else).
    /// </summary>
    public async Task<Payload<Person>> HandleAsync(Guid personId, CancellationToken cancellationToken)
    {
        var villageCode = await db.People.Where(p => p.Id == personId).Select(p => p.RegionCode).FirstOrDefaultAsync(cancellationToken);
        if (villageCode is null) return Payload<Person>.Failure(UserError.NotFound("personId"));
        return await rosterLock.ChangeAsync(villageCode, async () =>
        {
            var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
            if (person is null) return Payload<Person>.Failure(UserError.NotFound("personId"));
            if (person.Status != RosterStatus.Draft)
                return Payload<Person>.Failure(new UserError("NOT_A_DRAFT", "Hanya perubahan draf yang dapat dibatalkan.", "personId"));
            var official = await edits.OfficialAsync(person, cancellationToken);
            db.People.Remove(person);
            await db.SaveChangesAsync(cancellationToken);
            // Counted on the roster as the removal left it; a refusal rolls the removal back.
            var roster = CurrentRoster.Of(db.People).Where(p => p.RegionCode == villageCode);
            if (official is not null
                && await PositionCaps.OverfilledAsync(catalog, roster, [official], clock.TodayIn(villageCode), "personId", cancellationToken) is { } full)
                return Payload<Person>.Failure(full);
            return Payload<Person>.Success(official ?? person);
        }, cancellationToken);
    }
}
