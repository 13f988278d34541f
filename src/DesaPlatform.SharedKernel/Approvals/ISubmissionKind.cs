using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// What a module gives the workflow for its kind of submission (rosters in Membership; budget plans in Budgeting):
/// its own context, which holds the submissions, their events and what the submissions carry, and the lock that makes
/// one change at a time of what a submission carries. What each step does to the carried things is the use case's
/// own (<see cref="ApprovalWorkflow{TSubmission}"/>'s <c>apply</c>).
/// </summary>
public interface ISubmissionKind<TSubmission> where TSubmission : ApprovalSubmission
{
    /// <summary>The module's context, filtered to the caller's scope: a submission out of scope is not found.</summary>
    DbContext Db { get; }

    /// <summary>
    /// Runs <paramref name="step"/> holding the lock on what a submission of <paramref name="regionCode"/> carries, in
    /// one transaction committed only if the step succeeded.
    /// </summary>
    Task<Payload<TSubmission>> HoldingAsync(string regionCode, Func<Task<Payload<TSubmission>>> step, CancellationToken cancellationToken);
}
