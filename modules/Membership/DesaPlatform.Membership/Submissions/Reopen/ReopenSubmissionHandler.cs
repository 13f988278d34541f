using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Positions;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions.Reopen;

/// <summary>
/// Takes an approval back: the versions it replaced are official again and its changes return to the village's
/// draft with the reason. Only while nothing newer builds on them, and not if a restored version would overfill its
/// position (someone else holds it since).
/// </summary>
internal sealed class ReopenSubmissionHandler(
    MembershipDbContext db, PositionCatalogCache catalog, SubmissionDecision decision, Villages villages, MonthlyCoverage months, IClock clock)
{
    public async Task<Payload<Submission>> HandleAsync(Guid submissionId, string reason, CancellationToken cancellationToken)
    {
        DateOnly? approvedOn = null;
        return await decision.DecideAsync(submissionId, ApprovalAction.Reopen, reason, cancellationToken, async (submission, changes, now) =>
        {
            if (changes.Count != submission.PeopleCount)
                return new UserError("REOPEN_SUPERSEDED", "Sebagian data pengajuan ini sudah diubah oleh pengajuan yang lebih baru.", "submissionId");
            if (await villages.HasWaitingSubmissionAsync(submission.RegionCode, cancellationToken))
                return new UserError("ROSTER_LOCKED", "Desa ini mempunyai pengajuan yang sedang menunggu; putuskan dulu pengajuan itu.", "submissionId");
            var entries = changes.Select(c => c.EntryId).ToList();
            if (await db.People.AnyAsync(p => p.RegionCode == submission.RegionCode && entries.Contains(p.EntryId)
                                              && (p.Status == RosterStatus.Draft || p.Status == RosterStatus.Pending), cancellationToken))
                return new UserError("DRAFT_IN_THE_WAY", "Desa sedang mengubah data yang sama; data itu harus diajukan atau dibatalkan dulu.", "submissionId");
            var restored = (await VersionsReplaced.LoadAsync(db, changes, cancellationToken)).Values.ToList();
            var restoredIds = restored.Select(p => p.Id).ToList();
            // The official roster as the reopening leaves it: the submission's changes out, what they replaced back in.
            var officialAfter = db.People.Where(p => p.RegionCode == submission.RegionCode
                                                     && ((p.Status == RosterStatus.Official && p.SubmissionId != submission.Id) || restoredIds.Contains(p.Id)));
            if (await PositionCaps.OverfilledAsync(catalog, officialAfter, restored, clock.TodayIn(submission.RegionCode), "submissionId", cancellationToken) is { } full)
                return full;
            approvedOn = RegionTime.Of(submission.RegionCode).DayOf(changes.Min(c => c.ApprovedAt) ?? now);
            foreach (var replaced in restored) replaced.Restore();
            foreach (var person in changes) person.Reopen();
            return null;
        },
        // The versions no longer count for the months since their approval: those months count the village again.
        (submission, ct) => months.RecountAsync(submission.RegionCode, approvedOn!.Value, ct));
    }
}
