using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions;

/// <summary>
/// What every decision on a submission does alike: find it, load the changes it carries (of status
/// <c>carried</c>), let the decision change them, save. Of two people deciding at once, one wins and the other is told.
/// </summary>
internal static class SubmissionDecision
{
    public static async Task<Payload<Submission>> DecideAsync(MembershipDbContext db, Guid submissionId, RosterStatus carried, CancellationToken cancellationToken,
        Func<Submission, List<Person>, Task<UserError?>> decide)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null) return Payload<Submission>.Failure(UserError.NotFound("submissionId"));
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
        return Payload<Submission>.Success(submission);
    }
}
