using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Membership.Submissions.Approve;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions.ApproveMany;

/// <summary>
/// The regency (or the province) approves many waiting submissions in one action: a chosen set, or every one waiting in
/// a region that needs no closer look (<see cref="Submission.NeedsCloserLook"/>). Each is approved exactly as alone
/// (<see cref="RosterApproval"/> through the same decision: its own save, event, audit and notification), so one refused leaves the
/// others approved; the summary names what was left and why. Set-based where that changes nothing for each approval:
/// a batch of villages is decided in one transaction holding all their <see cref="RosterLock"/>s, its kept coverage
/// recounted once at the end.
/// </summary>
internal sealed class ApproveSubmissionsHandler(
    MembershipDbContext db, SubmissionDecision decision, RosterApproval approval, RosterLock rosterLock, IRegionDirectory regions, ICurrentUser user)
{
    public const string Warnings = "WARNINGS";
    public const string ChangedMeanwhile = "CHANGED_MEANWHILE";

    // Villages locked at once: each batch keeps its villages' operators waiting a second or two, not the whole region's.
    private const int VillagesPerTransaction = 100;

    public async Task<Payload<BulkApproval>> HandleAsync(ApproveSubmissionsInput input, CancellationToken cancellationToken)
    {
        if (input.SubmissionIds is null == input.RegionCode is null)
            return Payload<BulkApproval>.Failure(new UserError("CHOOSE_ONE", "Pilih pengajuannya, atau wilayahnya (semua yang tanpa peringatan), bukan keduanya.", "submissionIds"));
        if (input.RegionCode is { } regionCode && (!user.Scope.Contains(regionCode) || await regions.FindAsync(regionCode, cancellationToken) is null))
            return Payload<BulkApproval>.Failure(UserError.UnknownRegion(regionCode, "regionCode"));
        var chosen = input.SubmissionIds?.Distinct().ToList();
        var candidates = await (chosen is null
                ? db.Submissions.Where(s => s.Status == SubmissionStatus.Submitted
                                            && (s.RegionCode == input.RegionCode || s.RegionCode.StartsWith(input.RegionCode + ".")))
                : db.Submissions.Where(s => chosen.Contains(s.Id)))
            .AsNoTracking().OrderBy(s => s.RegionCode).ToListAsync(cancellationToken);

        if (chosen is not null && candidates.Count == 0) return Payload<BulkApproval>.Failure(UserError.NotFound("submissionIds"));
        var approved = new List<Guid>();
        var left = new List<LeftSubmission>();
        if (chosen is not null)
            left.AddRange(chosen.Except(candidates.Select(s => s.Id)).Select(id => new LeftSubmission(id, null, "NOT_FOUND")));
        if (chosen is null) left.AddRange(candidates.Where(s => s.NeedsCloserLook).Select(s => new LeftSubmission(s.Id, s.RegionCode, Warnings)));
        foreach (var batch in candidates.Where(s => chosen is not null || !s.NeedsCloserLook).Chunk(VillagesPerTransaction))
        {
            var decided = await rosterLock.ChangeManyAsync(batch.Select(s => s.RegionCode).Distinct().ToList(),
                () => ApproveEachAsync(batch, cancellationToken), cancellationToken);
            foreach (var (submission, reason) in decided.Result!)
            {
                if (reason is null) approved.Add(submission.Id);
                else left.Add(new LeftSubmission(submission.Id, submission.RegionCode, reason));
            }
            await decision.CommittedAsync(decided.Result!.Where(d => d.Reason is null).Select(d => d.Submission).ToList(), ApprovalAction.Approve,
                cancellationToken);
        }
        return Payload<BulkApproval>.Success(new BulkApproval(approved, left));
    }

    private async Task<Payload<List<(Submission Submission, string? Reason)>>> ApproveEachAsync(Submission[] batch, CancellationToken cancellationToken)
    {
        var decided = new List<(Submission, string?)>();
        // Holding the villages' locks, no one else decides on these submissions: a save cannot lose a race, so it needs
        // no savepoint to fall back to (two round trips less per approval).
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            foreach (var submission in batch)
            {
                var approved = await decision.DecideHoldingAsync(submission.Id, ApprovalAction.Approve, cancellationToken,
                    (waiting, changes, now) => approval.ApplyAsync(waiting, changes, now, cancellationToken));
                // Each approval was saved (or refused) alone: the next starts from nothing tracked.
                db.ChangeTracker.Clear();
                decided.Add((submission, approved.Errors.FirstOrDefault()?.Code switch
                {
                    null => null,
                    "ALREADY_REVIEWED" or "CONFLICT" => ChangedMeanwhile,
                    var code => code,
                }));
            }
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }
        return Payload<List<(Submission, string?)>>.Success(decided);
    }
}
