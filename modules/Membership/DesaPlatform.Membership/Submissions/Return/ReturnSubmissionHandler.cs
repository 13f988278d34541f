using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions.Return;

/// <summary>The regency sends a submission back with a reason and per-entry comments: the changes are the village's draft again.</summary>
internal sealed class ReturnSubmissionHandler(MembershipDbContext db, SubmissionDecision decision, ICurrentUser user, IClock clock)
{
    public Task<Payload<Submission>> HandleAsync(Guid submissionId, string reason, IReadOnlyDictionary<Guid, string> comments,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Task.FromResult(Payload<Submission>.Failure(new UserError("REASON_REQUIRED", "Alasan pengembalian wajib diisi.", "reason")));
        if ((ReasonLength.Check(reason, "reason") ?? comments.Values.Select(c => ReasonLength.Check(c, "comments")).FirstOrDefault(e => e is not null)) is { } tooLong)
            return Task.FromResult(Payload<Submission>.Failure(tooLong));
        return decision.DecideAsync(submissionId, RosterStatus.Pending, cancellationToken, (submission, changes) =>
        {
            if (comments.Keys.Except(changes.Select(c => c.Id)).Any())
                return Task.FromResult<UserError?>(new UserError("UNKNOWN_ITEM", "Komentar untuk data yang tidak ada dalam pengajuan ini.", "comments"));
            var now = clock.UtcNow;
            db.SubmissionEvents.Add(submission.Return(user.UserName!, now, reason.Trim()));
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
