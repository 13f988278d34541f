using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions;

/// <summary>
/// What every decision on a submission does alike: find it, load the changes it carries (of status
/// <c>carried</c>), let the decision change them, save — holding the village's <see cref="RosterLock"/>, so of two
/// people deciding at once, one wins and the other is told.
/// </summary>
internal sealed class SubmissionDecision(MembershipDbContext db, RosterLock rosterLock)
{
    /// <param name="afterSaved">What must change with the decision, in its transaction, once the roster is saved.</param>
    public async Task<Payload<Submission>> DecideAsync(Guid submissionId, RosterStatus carried, CancellationToken cancellationToken,
        Func<Submission, List<Person>, Task<UserError?>> decide, Func<Submission, CancellationToken, Task>? afterSaved = null)
    {
        var villageCode = await db.Submissions.Where(s => s.Id == submissionId).Select(s => s.RegionCode).FirstOrDefaultAsync(cancellationToken);
        if (villageCode is null) return Payload<Submission>.Failure(UserError.NotFound("submissionId"));
        return await rosterLock.ChangeAsync(villageCode, async () =>
        {
            var submission = await db.Submissions.FirstAsync(s => s.Id == submissionId, cancellationToken);
            if (carried == RosterStatus.Pending && submission.Status != SubmissionStatus.Submitted)
                return Payload<Submission>.Failure(new UserError("ALREADY_REVIEWED", "Pengajuan ini sudah diputuskan.", "submissionId"));

            var changes = await db.People.Where(p => p.SubmissionId == submissionId && p.Status == carried).ToListAsync(cancellationToken);
            if (await decide(submission, changes) is { } refused) return Payload<Submission>.Failure(refused);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Payload<Submission>.Failure(new UserError("CONFLICT", "Pengajuan ini baru saja diputuskan oleh orang lain.", "submissionId"));
            }
            if (afterSaved is not null) await afterSaved(submission, cancellationToken);
            return Payload<Submission>.Success(submission);
        }, cancellationToken);
    }
}
