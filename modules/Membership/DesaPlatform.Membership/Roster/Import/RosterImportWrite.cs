using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Auditing;

namespace DesaPlatform.Membership.Roster.Import;

/// <summary>
/// An import's versions written in bulk, untracked, in the transaction of the <see cref="RosterLock"/>: new versions
/// added, drafts edited in place replaced; with one audit entry per village that names every row it changed.
/// </summary>
internal static class RosterImportWrite
{
    public static async Task SaveAsync(MembershipDbContext db, IReadOnlyCollection<ImportedVersion> changes, IEnumerable<AuditEntry> summaries,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await db.InsertInBulkAsync(changes.Where(c => !c.EditedInPlace).Select(c => c.Version).ToList(), cancellationToken);
        await db.UpsertInBulkAsync(changes.Where(c => c.EditedInPlace).Select(c => c.Version).ToList(), cancellationToken);
        db.Set<AuditEntry>().AddRange(summaries);
        await db.SaveChangesAsync(cancellationToken);
    }
}
