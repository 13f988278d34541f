using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Positions;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Membership.Submissions.Approve;

/// <summary>
/// The regency (or the province) approves: every change becomes official at once, the versions they replace become
/// history. Refused if the official roster would then hold a position more often than the catalog allows.
/// </summary>
internal sealed class ApproveSubmissionHandler(MembershipDbContext db, PositionCatalogCache catalog, SubmissionDecision decision, IClock clock)
{
    public Task<Payload<Submission>> HandleAsync(Guid submissionId, CancellationToken cancellationToken) =>
        decision.DecideAsync(submissionId, ApprovalAction.Approve, null, cancellationToken, ApplyAsync(cancellationToken));

    /// <summary>The same approval, holding the village's <see cref="RosterLock"/> already: one of a bulk approval's.</summary>
    public Task<Payload<Submission>> HandleHoldingAsync(Guid submissionId, CancellationToken cancellationToken) =>
        decision.DecideHoldingAsync(submissionId, ApprovalAction.Approve, cancellationToken, ApplyAsync(cancellationToken));

    private Func<Submission, List<Person>, DateTime, Task<UserError?>> ApplyAsync(CancellationToken cancellationToken) =>
        async (submission, changes, now) =>
        {
            // While a submission waits the village cannot edit, so its current roster is what the approval makes official.
            var rosterAfter = CurrentRoster.Of(db.People).Where(p => p.RegionCode == submission.RegionCode);
            if (await PositionCaps.OverfilledAsync(catalog, rosterAfter, changes, clock.TodayIn(submission.RegionCode), "submissionId", cancellationToken) is { } full)
                return full;
            foreach (var replaced in (await VersionsReplaced.LoadAsync(db, changes, cancellationToken)).Values) replaced.MarkSuperseded();
            foreach (var person in changes) person.MarkApproved(now);
            return null;
        };
}
