using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Submissions.Withdraw;

/// <summary>The village takes its submission back while it waits: the changes are its draft again.</summary>
internal sealed class WithdrawSubmissionHandler(SubmissionDecision decision)
{
    public Task<Payload<Submission>> HandleAsync(Guid submissionId, CancellationToken cancellationToken) =>
        decision.DecideAsync(submissionId, ApprovalAction.Withdraw, null, cancellationToken, (_, changes, _) =>
        {
            foreach (var person in changes) person.MarkReturned(null);
            return Task.FromResult<UserError?>(null);
        });
}
