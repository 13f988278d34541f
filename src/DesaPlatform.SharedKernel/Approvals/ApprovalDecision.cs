using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// A decision on a submission of any kind (approve, return, withdraw, reopen), done alike: the reason checked, the
/// submission found in the caller's scope, then — holding the kind's lock — the step refused unless the submission
/// stands where the step starts, the kind's own work done (or its refusal returned), the step recorded as an event,
/// everything saved at once. Of two people deciding at once, one wins; the other hears <c>CONFLICT</c>.
/// Who may take the step is the field's role gate (<see cref="ApprovalRoles"/>).
/// </summary>
public sealed class ApprovalDecision<TSubmission>(ISubmissionKind<TSubmission> kind, ICurrentUser user, IClock clock)
    where TSubmission : ApprovalSubmission
{
    /// <param name="apply">The kind's own work at the moment of the decision, in its transaction: a refusal, or null.</param>
    /// <param name="afterSaved">What must change with the decision, in its transaction, once the decision is saved.</param>
    public async Task<Payload<TSubmission>> DecideAsync(Guid submissionId, ApprovalAction action, string? reason,
        Func<TSubmission, DateTime, Task<UserError?>> apply, CancellationToken cancellationToken,
        Func<TSubmission, CancellationToken, Task>? afterSaved = null)
    {
        var step = ApprovalStep.Of(action);
        if (step.RefuseReason(reason) is { } badReason) return Payload<TSubmission>.Failure(badReason);
        var submissions = kind.Db.Set<TSubmission>();
        var regionCode = await submissions.Where(s => s.Id == submissionId).Select(s => s.RegionCode).FirstOrDefaultAsync(cancellationToken);
        if (regionCode is null) return Payload<TSubmission>.Failure(UserError.NotFound("submissionId"));
        return await kind.HoldingAsync(regionCode, async () =>
        {
            var submission = await submissions.FirstAsync(s => s.Id == submissionId, cancellationToken);
            if (step.RefuseFrom(submission.Status) is { } wrongState) return Payload<TSubmission>.Failure(wrongState);
            var at = clock.UtcNow;
            if (await apply(submission, at) is { } refused) return Payload<TSubmission>.Failure(refused);
            kind.Db.Add(submission.Take(action, user.UserName!, at, reason?.Trim()));
            try
            {
                await kind.Db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Payload<TSubmission>.Failure(new UserError("CONFLICT", "Pengajuan ini baru saja diputuskan oleh orang lain.", "submissionId"));
            }
            if (afterSaved is not null) await afterSaved(submission, cancellationToken);
            return Payload<TSubmission>.Success(submission);
        }, cancellationToken);
    }
}
