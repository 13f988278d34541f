using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Membership.Submissions.Withdraw;

/// <summary>The village takes its submission back while it waits: the changes are its draft again.</summary>
internal sealed class WithdrawSubmissionHandler(MembershipDbContext db, SubmissionDecision decision, ICurrentUser user, IClock clock)
{
    public Task<Payload<Submission>> HandleAsync(Guid submissionId, CancellationToken cancellationToken) =>
        decision.DecideAsync(submissionId, RosterStatus.Pending, cancellationToken, (submission, changes) =>
        {
            db.SubmissionEvents.Add(submission.Withdraw(user.UserName!, clock.UtcNow));
            foreach (var person in changes) person.MarkReturned(null);
            return Task.FromResult<UserError?>(null);
        });
}
