using System.Linq.Expressions;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// Sending a submission of any kind, and deciding on it, done alike for every kind. Who may take a step is the field's
/// role gate (<see cref="ApprovalRoles"/>); scope is the data's (a submission out of scope is not found).
/// </summary>
public sealed class ApprovalWorkflow<TSubmission>(ISubmissionKind<TSubmission> kind, ICurrentUser user, IClock clock,
    IEnumerable<IApprovalObserver> observers)
    where TSubmission : ApprovalSubmission
{
    /// <summary>
    /// Sends a new submission: holding the kind's lock, refused with <paramref name="alreadyWaiting"/> while one of the
    /// same subject waits (the loser of two sending at once hears the same); else the kind prepares it — gathers and
    /// marks what it carries, or refuses — and it is saved with its first event.
    /// </summary>
    /// <param name="sameSubject">The submissions of the same subject: one roster per village; one plan per village and year.</param>
    /// <param name="prepare">Given who sends it and when: the new submission with what it carries marked, or the kind's refusal.</param>
    public Task<Payload<TSubmission>> SubmitAsync(string regionCode, Expression<Func<TSubmission, bool>> sameSubject, UserError alreadyWaiting,
        Func<string, DateTime, Task<Payload<TSubmission>>> prepare, CancellationToken cancellationToken) =>
        kind.HoldingAsync(regionCode, async () =>
        {
            if (await kind.Db.Set<TSubmission>().Where(sameSubject).AnyAsync(s => s.Status == SubmissionStatus.Submitted, cancellationToken))
                return Payload<TSubmission>.Failure(alreadyWaiting);
            var prepared = await prepare(user.UserName!, clock.UtcNow);
            if (prepared.Result is not { } submission) return prepared;
            kind.Db.Add(submission);
            kind.Db.Add(submission.SentEvent());
            return await SaveAsync(submission, alreadyWaiting, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// A decision (approve, return, withdraw, reopen): the reason checked, the submission found in the caller's scope,
    /// then — holding the kind's lock — the step refused unless the submission stands where the step starts, the kind's
    /// own work done (or its refusal returned), the step recorded as an event, everything saved at once. Of two people deciding at once, one wins (<see cref="ApprovalSubmission.Version"/>);
    /// the other hears <c>CONFLICT</c>. Once committed, the observers hear of it.
    /// </summary>
    /// <param name="apply">The kind's own work at the moment of the decision, in its transaction: a refusal, or null.</param>
    /// <param name="afterSaved">What must change with the decision, in its transaction, once the decision is saved.</param>
    public async Task<Payload<TSubmission>> DecideAsync(Guid submissionId, ApprovalAction action, string? reason,
        Func<TSubmission, DateTime, Task<UserError?>> apply, CancellationToken cancellationToken,
        Func<TSubmission, CancellationToken, Task>? afterSaved = null)
    {
        if (ApprovalStep.Of(action).RefuseReason(reason) is { } badReason) return Payload<TSubmission>.Failure(badReason);
        var regionCode = await kind.Db.Set<TSubmission>().Where(s => s.Id == submissionId).Select(s => s.RegionCode).FirstOrDefaultAsync(cancellationToken);
        if (regionCode is null) return Payload<TSubmission>.Failure(UserError.NotFound("submissionId"));
        var decided = await kind.HoldingAsync(regionCode,
            () => DecideHeldAsync(submissionId, action, reason, apply, cancellationToken, afterSaved), cancellationToken);
        if (decided.Result is { } done) await TellObserversAsync([done], action, cancellationToken);
        return decided;
    }

    /// <summary>Tells the observers of decisions committed; a caller of <see cref="DecideHoldingAsync"/> does so once its transaction is.</summary>
    public async Task TellObserversAsync(IReadOnlyList<TSubmission> decided, ApprovalAction action, CancellationToken cancellationToken)
    {
        if (decided.Count == 0) return;
        foreach (var observer in observers) await observer.DecidedAsync(decided, action, cancellationToken);
    }

    /// <summary>
    /// <see cref="DecideAsync"/> for a caller already holding the kind's lock on the submission's region, in its
    /// transaction (a bulk approval holding many villages' locks at once): everything but taking the lock, and telling
    /// the observers, which waits for the caller's commit (<see cref="TellObserversAsync"/>).
    /// </summary>
    public Task<Payload<TSubmission>> DecideHoldingAsync(Guid submissionId, ApprovalAction action, string? reason,
        Func<TSubmission, DateTime, Task<UserError?>> apply, CancellationToken cancellationToken,
        Func<TSubmission, CancellationToken, Task>? afterSaved = null) =>
        ApprovalStep.Of(action).RefuseReason(reason) is { } badReason
            ? Task.FromResult(Payload<TSubmission>.Failure(badReason))
            : DecideHeldAsync(submissionId, action, reason, apply, cancellationToken, afterSaved);

    private async Task<Payload<TSubmission>> DecideHeldAsync(Guid submissionId, ApprovalAction action, string? reason,
        Func<TSubmission, DateTime, Task<UserError?>> apply, CancellationToken cancellationToken,
        Func<TSubmission, CancellationToken, Task>? afterSaved)
    {
        var step = ApprovalStep.Of(action);
        if (await kind.Db.Set<TSubmission>().FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken) is not { } submission)
            return Payload<TSubmission>.Failure(UserError.NotFound("submissionId"));
        if (step.RefuseFrom(submission.Status) is { } wrongState) return Payload<TSubmission>.Failure(wrongState);
        if (step.RefuseOwnImport(submission, user.UserName!) is { } ownImport) return Payload<TSubmission>.Failure(ownImport);
        var at = clock.UtcNow;
        if (await apply(submission, at) is { } refused) return Payload<TSubmission>.Failure(refused);
        kind.Db.Add(submission.Take(action, user.UserName!, at, reason?.Trim()));
        var saved = await SaveAsync(submission, new UserError("CONFLICT", "Pengajuan ini baru saja diputuskan oleh orang lain.", "submissionId"),
            cancellationToken);
        if (saved.Errors.Count == 0 && afterSaved is not null) await afterSaved(submission, cancellationToken);
        return saved;
    }

    private async Task<Payload<TSubmission>> SaveAsync(TSubmission submission, UserError lostTheRace, CancellationToken cancellationToken)
    {
        try
        {
            await kind.Db.SaveChangesAsync(cancellationToken);
            return Payload<TSubmission>.Success(submission);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<TSubmission>.Failure(lostTheRace);
        }
    }
}
