using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Positions;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// What the village's edits share. An official entry is never changed in place: the change is a draft version that
/// replaces it only when the regency approves. Every problem is answered as a user error and nothing is saved.
/// </summary>
internal sealed class RosterEdits(
    MembershipDbContext db, IRegionDirectory regions, PositionCatalogCache catalog, Villages villages, RosterLock rosterLock, IClock clock)
{
    /// <summary>The change of an entry to <paramref name="data"/>: the draft edited, or a draft made of the official entry.</summary>
    public async Task<Payload<Person>> ChangeAsync(Guid personId, PersonData data, CancellationToken cancellationToken)
    {
        var villageCode = await db.People.Where(p => p.Id == personId).Select(p => p.RegionCode).FirstOrDefaultAsync(cancellationToken);
        if (villageCode is null) return Payload<Person>.Failure(UserError.NotFound("personId"));
        return await EditAsync(villageCode, [data.Nik], async roster =>
        {
            // Read again under the lock: a draft may have been discarded or sent meanwhile.
            var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
            if (person is null) return Payload<Person>.Failure(UserError.NotFound("personId"));
            if (roster.Find(person.EntryId)?.Id != person.Id)
                return Payload<Person>.Failure(new UserError("NOT_CURRENT", "Ini bukan versi terkini; buka lagi daftar desa.", "personId"));
            if (roster.Check(data, person.EntryId) is { Count: > 0 } errors) return Payload<Person>.Failure(errors);
            var stated = roster.Resolve(data);
            if (FieldChange.Between(person.Data(), stated).Count == 0) return Payload<Person>.Success(person);

            var changed = person;
            if (person.Status == RosterStatus.Official) db.People.Add(changed = person.DraftChange(stated));
            else if (await OfficialAsync(person, cancellationToken) is { } official && FieldChange.Between(official.Data(), stated).Count == 0)
            {
                // Edited back to what is official: there is nothing left to submit.
                db.People.Remove(person);
                changed = official;
            }
            else person.Apply(stated);
            await db.SaveChangesAsync(cancellationToken);
            return Payload<Person>.Success(changed);
        }, cancellationToken);
    }

    public Task<Person?> OfficialAsync(Person draft, CancellationToken cancellationToken) =>
        draft.BasedOnId is { } id ? db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : Task.FromResult<Person?>(null);

    /// <summary>
    /// Runs <paramref name="edit"/> of the village's draft holding the village's <see cref="RosterLock"/>, on the roster
    /// as the rules see it (with what <paramref name="niks"/> need from elsewhere), if the village may be edited.
    /// </summary>
    public async Task<Payload<T>> EditAsync<T>(string villageCode, IReadOnlyCollection<string> niks, Func<VillageRoster, Task<Payload<T>>> edit,
        CancellationToken cancellationToken) where T : class
    {
        var (village, unknown) = await villages.FindAsync(villageCode, cancellationToken);
        if (village is null) return Payload<T>.Failure(unknown!);
        return await rosterLock.ChangeAsync(village.Code, async () =>
        {
            if (await villages.AwaitingReviewAsync(village.Code, cancellationToken) is { } locked) return Payload<T>.Failure(locked);
            return await edit(await VillageRoster.LoadAsync(db, regions, catalog, village, niks, clock.TodayIn(village.Code), cancellationToken));
        }, cancellationToken);
    }
}
