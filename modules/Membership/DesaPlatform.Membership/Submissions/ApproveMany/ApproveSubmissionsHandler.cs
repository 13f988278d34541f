using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Submissions.Approve;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions.ApproveMany;

/// <summary>
/// The regency approves many waiting submissions in one action: a chosen set, or every one waiting in a region that
/// needs no closer look (<see cref="Submission.NeedsCloserLook"/>). Each is approved exactly as alone
/// (<see cref="ApproveSubmissionHandler"/>: its own transaction, event, audit and notification), so one refused leaves
/// the others approved; the summary names what was left and why.
/// </summary>
internal sealed class ApproveSubmissionsHandler(MembershipDbContext db, ApproveSubmissionHandler approve, ICurrentUser user)
{
    public const string Warnings = "WARNINGS";
    public const string ChangedMeanwhile = "CHANGED_MEANWHILE";

    public async Task<Payload<BulkApproval>> HandleAsync(ApproveSubmissionsInput input, CancellationToken cancellationToken)
    {
        if (input.SubmissionIds is null == input.RegionCode is null)
            return Payload<BulkApproval>.Failure(new UserError("CHOOSE_ONE", "Pilih pengajuannya, atau wilayahnya (semua yang tanpa peringatan), bukan keduanya.", "submissionIds"));
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
        foreach (var submission in candidates)
        {
            var reason = chosen is null && submission.NeedsCloserLook ? Warnings
                : ApprovalStep.Of(ApprovalAction.Approve).RefuseOwnImport(submission, user.UserName!)?.Code;
            if (reason is null)
            {
                var decided = await approve.HandleAsync(submission.Id, cancellationToken);
                reason = decided.Errors.FirstOrDefault()?.Code switch
                {
                    null => null,
                    "ALREADY_REVIEWED" or "CONFLICT" => ChangedMeanwhile,
                    var code => code,
                };
            }
            if (reason is null) approved.Add(submission.Id);
            else left.Add(new LeftSubmission(submission.Id, submission.RegionCode, reason));
        }
        return Payload<BulkApproval>.Success(new BulkApproval(approved, left));
    }
}
