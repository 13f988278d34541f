using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Membership.Submissions.Approve;

/// <summary>The regency approves: every change becomes official at once, the versions they replace become history.</summary>
internal sealed class ApproveSubmissionHandler(MembershipDbContext db, ICurrentUser user, IClock clock)
{
    public Task<Payload<Submission>> HandleAsync(Guid submissionId, CancellationToken cancellationToken) =>
        SubmissionDecision.DecideAsync(db, submissionId, RosterStatus.Pending, cancellationToken, async (submission, changes) =>
        {
            var now = clock.UtcNow;
            db.SubmissionEvents.Add(submission.Approve(user.UserName!, now));
            foreach (var replaced in (await VersionsReplaced.LoadAsync(db, changes, cancellationToken)).Values) replaced.MarkSuperseded();
            foreach (var person in changes) person.MarkApproved(now);
            return null;
        });
}
