using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Positions;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions.Submit;

/// <summary>
/// Sends a village's draft changes to its regency; the draft is locked until the regency decides. Refused if the
/// roster, once approved, would hold a position more often than the catalog allows.
/// </summary>
internal sealed class SubmitRosterHandler(MembershipDbContext db, PositionCatalogCache catalog, Villages villages, ApprovalWorkflow<Submission> workflow, IClock clock)
{
    private static readonly UserError AlreadySubmitted =
        new("ALREADY_SUBMITTED", "Daftar desa ini sudah diajukan dan menunggu persetujuan.", "villageCode");

    public async Task<Payload<Submission>> HandleAsync(string villageCode, CancellationToken cancellationToken)
    {
        var (_, unknown) = await villages.FindAsync(villageCode, cancellationToken);
        if (unknown is not null) return Payload<Submission>.Failure(unknown);
        return await workflow.SubmitAsync(villageCode, s => s.RegionCode == villageCode, AlreadySubmitted, async (by, now) =>
        {
            var drafts = await db.People.Where(p => p.RegionCode == villageCode && p.Status == RosterStatus.Draft).ToListAsync(cancellationToken);
            if (drafts.Count == 0)
                return Payload<Submission>.Failure(new UserError("NOTHING_TO_SUBMIT", "Tidak ada perubahan draf untuk diajukan.", "villageCode"));
            var rosterAfter = CurrentRoster.Of(db.People).Where(p => p.RegionCode == villageCode);
            if (await PositionCaps.OverfilledAsync(catalog, rosterAfter, drafts, clock.TodayIn(villageCode), "villageCode", cancellationToken) is { } full)
                return Payload<Submission>.Failure(full);

            var basedOn = await VersionsReplaced.LoadAsync(db, drafts, cancellationToken);
            var kinds = drafts.Select(d => ChangeKinds.Of(d.Data(), basedOn.GetValueOrDefault(d.Id)?.Data())).ToList();
            var submission = new Submission
            {
                RegionCode = villageCode,
                SubmittedAt = now,
                SubmittedBy = by,
                PeopleCount = drafts.Count,
                AddedCount = kinds.Count(k => k == ChangeKind.Added),
                ChangedCount = kinds.Count(k => k == ChangeKind.Changed),
                EndedCount = kinds.Count(k => k == ChangeKind.Ended),
            };
            // Another request sending the same drafts meanwhile makes the save fail: it hears ALREADY_SUBMITTED.
            foreach (var person in drafts) person.MarkSubmitted(submission.Id);
            return Payload<Submission>.Success(submission);
        }, cancellationToken);
    }
}
