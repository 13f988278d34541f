using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Positions;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Membership.Submissions.Approve;

/// <summary>
/// What approving does to a waiting roster, alone (<see cref="ApproveSubmissionHandler"/>) or in bulk: every change
/// becomes official at once, the versions they replace become history. Refused if the official roster would then hold
/// a position more often than the catalog allows.
/// </summary>
internal sealed class RosterApproval(MembershipDbContext db, PositionCatalogCache catalog, IClock clock)
{
    public async Task<UserError?> ApplyAsync(Submission submission, List<Person> changes, DateTime now, CancellationToken cancellationToken)
    {
        // While a submission waits the village cannot edit, so its current roster is what the approval makes official.
        var rosterAfter = CurrentRoster.Of(db.People).Where(p => p.RegionCode == submission.RegionCode);
        if (await PositionCaps.OverfilledAsync(catalog, rosterAfter, changes, clock.TodayIn(submission.RegionCode), "submissionId", cancellationToken) is { } full)
            return full;
        foreach (var replaced in (await VersionsReplaced.LoadAsync(db, changes, cancellationToken)).Values) replaced.MarkSuperseded();
        foreach (var person in changes) person.MarkApproved(now);
        return null;
    }
}
