using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Membership.Submissions.Return;

/// <summary>The regency sends a submission back with a reason and per-entry comments: the changes are the village's draft again.</summary>
internal sealed class ReturnSubmissionHandler(MembershipDbContext db, SubmissionDecision decision, ICurrentUser user)
{
    public Task<Payload<Submission>> HandleAsync(Guid submissionId, string reason, IReadOnlyDictionary<Guid, string> comments,
        CancellationToken cancellationToken)
    {
        // The reason is the workflow's to check; it is checked here too only so that it is reported before the comments.
        if ((ApprovalStep.Of(ApprovalAction.Return).RefuseReason(reason)
             ?? comments.Values.Select(c => ReasonLength.Check(c, "comments")).FirstOrDefault(e => e is not null)) is { } refused)
            return Task.FromResult(Payload<Submission>.Failure(refused));
        return decision.DecideAsync(submissionId, ApprovalAction.Return, reason, cancellationToken, (submission, changes, now) =>
        {
            if (comments.Keys.Except(changes.Select(c => c.Id)).Any())
                return Task.FromResult<UserError?>(new UserError("UNKNOWN_ITEM", "Komentar untuk data yang tidak ada dalam pengajuan ini.", "comments"));
            foreach (var person in changes)
            {
                var comment = comments.GetValueOrDefault(person.Id)?.Trim() is { Length: > 0 } c ? c : null;
                if (comment is not null)
                    db.ReviewComments.Add(new ReviewComment
                    {
                        RegionCode = person.RegionCode, SubmissionId = submission.Id, EntryId = person.EntryId, FullName = person.FullName,
                        PositionCode = person.PositionCode, Comment = comment, At = now, By = user.UserName!,
                    });
                person.MarkReturned(comment);
            }
            return Task.FromResult<UserError?>(null);
        });
    }
}
