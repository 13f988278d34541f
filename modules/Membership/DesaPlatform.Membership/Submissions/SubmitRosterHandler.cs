using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions;

/// <summary>Sends a village's draft roster to its regency; the draft is locked until the regency decides.</summary>
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

        var submission = new Submission
        {
            RegionCode = villageCode,
            SubmittedAt = clock.UtcNow,
            SubmittedBy = user.UserName!,
            PeopleCount = drafts.Count,
        };
        db.Submissions.Add(submission);
        foreach (var person in drafts) person.MarkSubmitted(submission.Id);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<Submission>.Success(submission);
    }
}
