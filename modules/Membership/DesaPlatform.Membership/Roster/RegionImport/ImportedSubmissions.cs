using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.RegionImport;

/// <summary>
/// Each imported village's draft sent as one submission on its behalf, set-based: every draft of those villages read in
/// one query, the versions they replace in one per thousand, saved together. Marked with who imported it and from
/// which file (the sent event says so in the village's timeline), so the importer cannot also approve it.
/// </summary>
internal sealed class ImportedSubmissions(MembershipDbContext db, ICurrentUser user, IClock clock)
{
    /// <param name="warnings">Per village: the import's rows that take something away.</param>
    /// <returns>How many submissions were sent.</returns>
    public async Task<int> SendAsync(IReadOnlyDictionary<string, int> warnings, string fileName, CancellationToken cancellationToken)
    {
        var codes = warnings.Keys.ToList();
        var drafts = await db.People.Where(p => codes.Contains(p.RegionCode) && p.Status == RosterStatus.Draft).ToListAsync(cancellationToken);
        var basedOn = await VersionsReplaced.LoadAsync(db, drafts, cancellationToken);
        var now = clock.UtcNow;
        var sent = 0;
        foreach (var village in drafts.GroupBy(d => d.RegionCode))
        {
            var kinds = village.Select(d => ChangeKinds.Of(d.Data(), basedOn.GetValueOrDefault(d.Id)?.Data())).ToList();
            var submission = new Submission
            {
                RegionCode = village.Key,
                SubmittedAt = now,
                SubmittedBy = user.UserName!,
                ImportedBy = user.UserName,
                ImportedFrom = fileName,
                WarningCount = warnings[village.Key],
                PeopleCount = kinds.Count,
                AddedCount = kinds.Count(k => k == ChangeKind.Added),
                ChangedCount = kinds.Count(k => k == ChangeKind.Changed),
                EndedCount = kinds.Count(k => k == ChangeKind.Ended),
            };
            foreach (var person in village) person.MarkSubmitted(submission.Id);
            db.Submissions.Add(submission);
            db.SubmissionEvents.Add(submission.Submitted());
            sent++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
