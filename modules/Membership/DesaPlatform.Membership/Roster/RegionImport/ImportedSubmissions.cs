using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster.Import;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Membership.Roster.RegionImport;

/// <summary>
/// Each imported village's draft sent as one submission on its behalf, set-based: the import's versions are marked
/// sent before they are written in bulk (a village keeping drafts of its own is refused before: they would go unseen).
/// Marked with who imported it and from which file (the sent event says so in
/// the village's timeline), so the importer cannot also approve it.
/// </summary>
internal sealed class ImportedSubmissions(MembershipDbContext db, ICurrentUser user, IClock clock)
{
    /// <summary>The submissions and their sent events, ready to be written.</summary>
    public sealed record Sending(List<Submission> Submissions, List<SubmissionEvent> Events)
    {
        public async Task SaveAsync(MembershipDbContext db, CancellationToken cancellationToken)
        {
            db.Submissions.AddRange(Submissions);
            db.SubmissionEvents.AddRange(Events);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <param name="versions">What the import writes, per village.</param>
    /// <param name="warnings">Per village: the import's rows that take something away.</param>
    public async Task<Sending> PrepareAsync(IReadOnlyCollection<ImportedVersion> versions, IReadOnlyDictionary<string, int> warnings,
        string fileName, CancellationToken cancellationToken)
    {
        var drafts = versions.Select(v => v.Version).ToList();
        var basedOn = await VersionsReplaced.LoadAsync(db, drafts, cancellationToken);
        db.ChangeTracker.Clear();
        var now = clock.UtcNow;
        var sending = new Sending([], []);
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
            sending.Submissions.Add(submission);
            sending.Events.Add(submission.Submitted());
        }
        return sending;
    }
}
