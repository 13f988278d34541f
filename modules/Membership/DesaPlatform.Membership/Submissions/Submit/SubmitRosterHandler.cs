using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions.Submit;

/// <summary>Sends a village's draft changes to its regency; the draft is locked until the regency decides.</summary>
internal sealed class SubmitRosterHandler(MembershipDbContext db, Villages villages, ICurrentUser user, IClock clock)
{
    public async Task<Payload<Submission>> HandleAsync(string villageCode, CancellationToken cancellationToken)
    {
        var (_, unknown) = await villages.FindAsync(villageCode, cancellationToken);
        if (unknown is not null) return Payload<Submission>.Failure(unknown);
        if (await villages.HasWaitingSubmissionAsync(villageCode, cancellationToken))
            return Payload<Submission>.Failure(new UserError("ALREADY_SUBMITTED", "Daftar desa ini sudah diajukan dan menunggu persetujuan.", "villageCode"));

        var drafts = await db.People.Where(p => p.RegionCode == villageCode && p.Status == RosterStatus.Draft).ToListAsync(cancellationToken);
        if (drafts.Count == 0)
            return Payload<Submission>.Failure(new UserError("NOTHING_TO_SUBMIT", "Tidak ada perubahan draf untuk diajukan.", "villageCode"));

        var basedOn = await VersionsReplaced.LoadAsync(db, drafts, cancellationToken);
        var kinds = drafts.Select(d => ChangeKinds.Of(d.Data(), basedOn.GetValueOrDefault(d.Id)?.Data())).ToList();
        var submission = new Submission
        {
            RegionCode = villageCode,
            SubmittedAt = clock.UtcNow,
            SubmittedBy = user.UserName!,
            PeopleCount = drafts.Count,
            AddedCount = kinds.Count(k => k == ChangeKind.Added),
            ChangedCount = kinds.Count(k => k == ChangeKind.Changed),
            EndedCount = kinds.Count(k => k == ChangeKind.Ended),
        };
        db.Submissions.Add(submission);
        db.SubmissionEvents.Add(submission.Submitted());
        foreach (var person in drafts) person.MarkSubmitted(submission.Id);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<Submission>.Success(submission);
    }
}
