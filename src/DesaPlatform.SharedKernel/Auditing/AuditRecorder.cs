using System.Reflection;
using DesaPlatform.SharedKernel.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DesaPlatform.SharedKernel.Auditing;

/// <summary>
/// Saves a context's changes and their audit entries in one transaction: no change without its audit row.
/// Values are captured before the save; keys the database generates are read after it. Within a use case's own
/// transaction its strategy decides about retries; otherwise the save retries a transient failure of its first step
/// only — once the changes are saved (and accepted) a failure is reported, not repeated, and the transaction rolls back.
/// </summary>
public static class AuditRecorder
{
    public static async Task<int> SaveWithAuditAsync(
        DbContext db, string module, ICurrentUser user, Func<CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        var pending = Capture(db);
        if (pending.Count == 0) return await save(cancellationToken);
        // Within a use case's transaction, its strategy runs the whole use case again (it re-reads what it decides on).
        if (db.Database.CurrentTransaction is not null) return await SaveBothAsync(db, module, user, pending, save, cancellationToken);

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var saved = await save(ct);
            try
            {
                await SaveEntriesAsync(db, module, user, pending, save, ct);
                await transaction.CommitAsync(ct);
                return saved;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new SavedChangesNotRepeatableException(e);
            }
        }, cancellationToken);
    }

    private static async Task<int> SaveBothAsync(DbContext db, string module, ICurrentUser user, List<Pending> pending,
        Func<CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        var saved = await save(cancellationToken);
        await SaveEntriesAsync(db, module, user, pending, save, cancellationToken);
        return saved;
    }

    private static Task<int> SaveEntriesAsync(DbContext db, string module, ICurrentUser user, List<Pending> pending,
        Func<CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        var at = DateTime.UtcNow;
        db.Set<AuditEntry>().AddRange(pending.Select(p => p.ToEntry(module, user, at)));
        return save(cancellationToken);
    }

    public static AuditEntry Summary(string module, ICurrentUser user, string entity, string entityId, string regionCode,
        string action, IReadOnlyDictionary<string, object?> details) => new()
    {
        At = DateTime.UtcNow, UserName = user.UserName ?? "anonymous", Role = user.Role?.ToString(), Scope = ScopeText(user),
        Module = module, Entity = entity, EntityId = entityId, RegionCode = regionCode, Action = action,
        After = AuditValues.ToJson(details), RequestId = user.RequestId,
    };

    private static List<Pending> Capture(DbContext db) =>
        db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry && e.Metadata.ClrType.GetCustomAttribute<NotAuditedAttribute>() is null)
            .Select(Pending.From)
            .Where(p => p is not null)
            .Select(p => p!)
            .ToList();

    private static string ScopeText(ICurrentUser user) => user.Scope.IsEverything ? "*" : user.Scope.RootCode ?? "";

    private sealed record Pending(EntityEntry Entry, string Action, string? Before, string? After)
    {
        public static Pending? From(EntityEntry entry)
        {
            // Some stores (Identity's) mark every column modified; only values that really differ are worth keeping.
            var properties = entry.Properties
                .Where(p => entry.State != EntityState.Modified || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
                .ToList();
            if (properties.Count == 0) return null;
            var before = entry.State == EntityState.Added ? [] : properties.ToDictionary(p => p.Metadata.Name, p => AuditValues.Mask(p.Metadata, p.OriginalValue));
            var after = entry.State == EntityState.Deleted ? [] : properties.ToDictionary(p => p.Metadata.Name, p => AuditValues.Mask(p.Metadata, p.CurrentValue));
            return new Pending(entry, entry.State.ToString(), AuditValues.ToJson(before), AuditValues.ToJson(after));
        }

        public AuditEntry ToEntry(string module, ICurrentUser user, DateTime at) => new()
        {
            At = at, UserName = user.UserName ?? "anonymous", Role = user.Role?.ToString(), Scope = ScopeText(user),
            Module = module, Entity = Entry.Metadata.ClrType.Name,
            EntityId = string.Join("/", Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Entry.Property(p.Name).CurrentValue)),
            RegionCode = (Entry.Entity as IRegionOwned)?.RegionCode ?? user.Scope.RootCode ?? "",
            Action = Action, Before = Before, After = After, RequestId = user.RequestId,
        };
    }
}
