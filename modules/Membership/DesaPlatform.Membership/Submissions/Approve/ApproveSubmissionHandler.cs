using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Submissions.Approve;

/// <summary>The regency (or the province) approves one submission: its changes become official (<see cref="RosterApproval"/>).</summary>
internal sealed class ApproveSubmissionHandler(SubmissionDecision decision, RosterApproval approval)
{
    public Task<Payload<Submission>> HandleAsync(Guid submissionId, CancellationToken cancellationToken) =>
        decision.DecideAsync(submissionId, ApprovalAction.Approve, null, cancellationToken,
            (submission, changes, now) => approval.ApplyAsync(submission, changes, now, cancellationToken));
}
