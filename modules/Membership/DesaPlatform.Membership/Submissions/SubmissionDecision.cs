using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions;

/// <summary>
/// A decision on a roster submission through the general workflow (<see cref="ApprovalWorkflow{TSubmission}"/>),
/// handing the decision the roster entries the submission carries: pending ones while it waits, official ones once
/// approved (what a reopening takes back).
/// </summary>
internal sealed class SubmissionDecision(MembershipDbContext db, ApprovalWorkflow<Submission> decision)
{
    /// <param name="decide">The step's own work on the submission and its entries, at the moment of the decision: a refusal, or null.</param>
    /// <param name="afterSaved">What must change with the decision, in its transaction, once the roster is saved.</param>
    public Task<Payload<Submission>> DecideAsync(Guid submissionId, ApprovalAction action, string? reason, CancellationToken cancellationToken,
        Func<Submission, List<Person>, DateTime, Task<UserError?>> decide, Func<Submission, CancellationToken, Task>? afterSaved = null) =>
        decision.DecideAsync(submissionId, action, reason, Carrying(action, decide, cancellationToken), cancellationToken, afterSaved);

    /// <summary><see cref="DecideAsync"/> holding the village's <see cref="Roster.RosterLock"/> already (a bulk approval).</summary>
    public Task<Payload<Submission>> DecideHoldingAsync(Guid submissionId, ApprovalAction action, CancellationToken cancellationToken,
        Func<Submission, List<Person>, DateTime, Task<UserError?>> decide) =>
        decision.DecideHoldingAsync(submissionId, action, null, Carrying(action, decide, cancellationToken), cancellationToken);

    /// <summary>After a bulk approval's transaction is committed: other modules hear of its decisions.</summary>
    public Task CommittedAsync(IReadOnlyList<Submission> decided, ApprovalAction action, CancellationToken cancellationToken) =>
        decision.TellObserversAsync(decided, action, cancellationToken);

    private Func<Submission, DateTime, Task<UserError?>> Carrying(ApprovalAction action,
        Func<Submission, List<Person>, DateTime, Task<UserError?>> decide, CancellationToken cancellationToken)
    {
        var carried = action == ApprovalAction.Reopen ? RosterStatus.Official : RosterStatus.Pending;
        return async (submission, at) =>
        {
            var changes = await db.People.Where(p => p.SubmissionId == submission.Id && p.Status == carried).ToListAsync(cancellationToken);
            return await decide(submission, changes, at);
        };
    }
}
