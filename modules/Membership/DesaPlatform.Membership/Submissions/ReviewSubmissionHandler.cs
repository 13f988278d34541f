using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Submissions;

/// <summary>
/// The decisions on a submission. The regency approves (every change becomes official at once, the versions they
/// replace become history) or returns it with a reason and per-entry comments; the village may withdraw it while it
/// waits; the regency may reopen an approval with a reason. Of two people deciding at once, one wins and the other is told.
/// </summary>
internal sealed class ReviewSubmissionHandler(MembershipDbContext db, Villages villages, ICurrentUser user, IClock clock)
{
    public Task<Payload<Submission>> ApproveAsync(Guid submissionId, CancellationToken cancellationToken) =>
        DecideAsync(submissionId, RosterStatus.Pending, cancellationToken, async (submission, changes) =>
        {
            var now = clock.UtcNow;
            db.SubmissionEvents.Add(submission.Approve(user.UserName!, now));
            foreach (var replaced in (await VersionsReplaced.LoadAsync(db, changes, cancellationToken)).Values) replaced.MarkSuperseded();
            foreach (var person in changes) person.MarkApproved(now);
            return null;
        });

    public Task<Payload<Submission>> ReturnAsync(Guid submissionId, string reason, IReadOnlyDictionary<Guid, string> comments,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Task.FromResult(Payload<Submission>.Failure(new UserError("REASON_REQUIRED", "Alasan pengembalian wajib diisi.", "reason")));
        return DecideAsync(submissionId, RosterStatus.Pending, cancellationToken, (submission, changes) =>
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

    public Task<Payload<Submission>> WithdrawAsync(Guid submissionId, CancellationToken cancellationToken) =>
        DecideAsync(submissionId, RosterStatus.Pending, cancellationToken, (submission, changes) =>
        {
            db.SubmissionEvents.Add(submission.Withdraw(user.UserName!, clock.UtcNow));
            foreach (var person in changes) person.MarkReturned(null);
            return Task.FromResult<UserError?>(null);
        });

    /// <summary>
    /// Takes an approval back: the versions it replaced are official again and its changes return to the village's
    /// draft with the reason. Only while nothing newer builds on them.
    /// </summary>
    public async Task<Payload<Submission>> ReopenAsync(Guid submissionId, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Payload<Submission>.Failure(new UserError("REASON_REQUIRED", "Alasan membuka kembali wajib diisi.", "reason"));
        return await DecideAsync(submissionId, RosterStatus.Official, cancellationToken, async (submission, changes) =>
        {
            if (submission.Status != SubmissionStatus.Approved)
                return new UserError("NOT_APPROVED", "Hanya pengajuan yang sudah disetujui yang dapat dibuka kembali.", "submissionId");
            if (changes.Count != submission.PeopleCount)
                return new UserError("REOPEN_SUPERSEDED", "Sebagian data pengajuan ini sudah diubah oleh pengajuan yang lebih baru.", "submissionId");
            if (await villages.HasWaitingSubmissionAsync(submission.RegionCode, cancellationToken))
                return new UserError("ROSTER_LOCKED", "Desa ini mempunyai pengajuan yang sedang menunggu; putuskan dulu pengajuan itu.", "submissionId");
            var entries = changes.Select(c => c.EntryId).ToList();
            if (await db.People.AnyAsync(p => p.RegionCode == submission.RegionCode && entries.Contains(p.EntryId)
                                              && (p.Status == RosterStatus.Draft || p.Status == RosterStatus.Pending), cancellationToken))
                return new UserError("DRAFT_IN_THE_WAY", "Desa sedang mengubah data yang sama; data itu harus diajukan atau dibatalkan dulu.", "submissionId");
            db.SubmissionEvents.Add(submission.Reopen(user.UserName!, clock.UtcNow, reason.Trim()));
            foreach (var replaced in (await VersionsReplaced.LoadAsync(db, changes, cancellationToken)).Values) replaced.Restore();
            foreach (var person in changes) person.Reopen();
            return null;
        });
    }

    private async Task<Payload<Submission>> DecideAsync(Guid submissionId, RosterStatus carried, CancellationToken cancellationToken,
        Func<Submission, List<Person>, Task<UserError?>> decide)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null) return Payload<Submission>.Failure(UserError.NotFound("submissionId"));
        if (carried == RosterStatus.Pending && submission.Status != SubmissionStatus.Submitted)
            return Payload<Submission>.Failure(new UserError("ALREADY_REVIEWED", "Pengajuan ini sudah diputuskan.", "submissionId"));

        var changes = await db.People.Where(p => p.SubmissionId == submissionId && p.Status == carried).ToListAsync(cancellationToken);
        if (await decide(submission, changes) is { } refused) return Payload<Submission>.Failure(refused);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<Submission>.Failure(new UserError("CONFLICT", "Pengajuan ini baru saja diputuskan oleh orang lain.", "submissionId"));
        }
        return Payload<Submission>.Success(submission);
    }
}
