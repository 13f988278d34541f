using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions;

/// <summary>
/// The decision on a waiting submission. The regency approves (every pending change becomes official at once) or
/// returns it with a reason; the village may withdraw it. Either way back to draft. Of two people deciding at once,
/// one wins and the other is told.
/// </summary>
internal sealed class ReviewSubmissionHandler(MembershipDbContext db, ICurrentUser user, IClock clock)
{
    public Task<Payload<Submission>> ApproveAsync(Guid submissionId, CancellationToken cancellationToken) =>
        ReviewAsync(submissionId, cancellationToken, (submission, people) =>
        {
            submission.Approve(user.UserName!, clock.UtcNow);
            foreach (var person in people) person.MarkApproved();
        });

    public Task<Payload<Submission>> ReturnAsync(Guid submissionId, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Task.FromResult(Payload<Submission>.Failure(
                new UserError("REASON_REQUIRED", "Alasan pengembalian wajib diisi.", "reason")));
        return ReviewAsync(submissionId, cancellationToken, (submission, people) =>
        {
            submission.Return(user.UserName!, clock.UtcNow, reason.Trim());
            foreach (var person in people) person.MarkReturned();
        });
    }

    public Task<Payload<Submission>> WithdrawAsync(Guid submissionId, CancellationToken cancellationToken) =>
        ReviewAsync(submissionId, cancellationToken, (submission, people) =>
        {
            submission.Withdraw(user.UserName!, clock.UtcNow);
            foreach (var person in people) person.MarkReturned();
        });

    private async Task<Payload<Submission>> ReviewAsync(
        Guid submissionId, CancellationToken cancellationToken, Action<Submission, List<Person>> decide)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null) return Payload<Submission>.Failure(UserError.NotFound("submissionId"));
        if (submission.Status != SubmissionStatus.Submitted)
            return Payload<Submission>.Failure(new UserError("ALREADY_REVIEWED", "Pengajuan ini sudah diputuskan.", "submissionId"));

        var people = await db.People.Where(p => p.SubmissionId == submissionId && p.Status == RosterStatus.Pending).ToListAsync(cancellationToken);
        decide(submission, people);
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
