using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Editing;

/// <summary>
/// The village's edits to its draft: add someone, change an entry, end a term, discard a draft change. An official
/// entry is never changed in place: the change is a draft version that replaces it only when the regency approves.
/// Every problem is answered as a user error and nothing is saved.
/// </summary>
internal sealed class EditRosterHandler(MembershipDbContext db, IRegionDirectory regions, Villages villages, IClock clock)
{
    public async Task<Payload<Person>> AddAsync(string villageCode, PersonData data, CancellationToken cancellationToken)
    {
        var (roster, error) = await OpenAsync(villageCode, data.Nik, cancellationToken);
        if (roster is null) return Payload<Person>.Failure(error!);
        if (roster.Check(data, null) is { Count: > 0 } errors) return Payload<Person>.Failure(errors);

        var person = Person.New(villageCode, roster.Resolve(data));
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<Person>.Success(person);
    }

    public async Task<Payload<Person>> UpdateAsync(Guid personId, PersonData data, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null) return Payload<Person>.Failure(UserError.NotFound("personId"));
        var (roster, error) = await OpenAsync(person.RegionCode, data.Nik, cancellationToken);
        if (roster is null) return Payload<Person>.Failure(error!);
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
    }

    /// <summary>Ends the term on <paramref name="termEnd"/>; the enrollment ends too unless the person keeps it (moves).</summary>
    public async Task<Payload<Person>> EndTermAsync(Guid personId, DateOnly termEnd, bool endEnrollment, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null) return Payload<Person>.Failure(UserError.NotFound("personId"));
        var data = person.Data();
        var enrollment = data.Enrollment is { } e && endEnrollment ? e with { Status = EnrollmentStatus.Ended } : data.Enrollment;
        return await UpdateAsync(personId, data with { TermEnd = termEnd, Enrollment = enrollment }, cancellationToken);
    }

    /// <summary>
    /// Drops a draft change and answers the official version that applies again, or the dropped draft itself when the
    /// entry was never official (it is gone from the roster).
    /// </summary>
    public async Task<Payload<Person>> DiscardAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null) return Payload<Person>.Failure(UserError.NotFound("personId"));
        if (person.Status != RosterStatus.Draft)
            return Payload<Person>.Failure(new UserError("NOT_A_DRAFT", "Hanya perubahan draf yang dapat dibatalkan.", "personId"));
        var official = await OfficialAsync(person, cancellationToken);
        db.People.Remove(person);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<Person>.Success(official ?? person);
    }

    private Task<Person?> OfficialAsync(Person draft, CancellationToken cancellationToken) =>
        draft.BasedOnId is { } id ? db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : Task.FromResult<Person?>(null);

    private async Task<(VillageRoster? Roster, UserError? Error)> OpenAsync(string villageCode, string nik, CancellationToken cancellationToken)
    {
        var (village, error) = await villages.FindEditableAsync(villageCode, cancellationToken);
        if (village is null) return (null, error);
        return (await VillageRoster.LoadAsync(db, regions, village, [nik], clock.TodayIn(village.Code), cancellationToken), null);
    }
}
