using System.Reflection;
using DesaPlatform.SharedKernel.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

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

    // An owned part (a person's enrollment) is recorded with its owner, as one entry: it has no region or identity of its own.
    private static List<Pending> Capture(DbContext db)
    {
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.Metadata.ClrType.GetCustomAttribute<NotAuditedAttribute>() is null)
            .ToList();
        var parts = entries.Where(e => e.Metadata.IsOwned() && IsChange(e)).ToLookup(OwnerOf);
        return entries
            .Where(e => !e.Metadata.IsOwned())
            .Select(e => Pending.From(e, [.. parts[(e.Metadata.ClrType, KeyOf(e, e.Metadata.FindPrimaryKey()!.Properties))]]))
            .Where(p => p is not null)
            .Select(p => p!)
            .ToList();
    }

    private static bool IsChange(EntityEntry entry) => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;

    private static (Type, string) OwnerOf(EntityEntry part)
    {
        var ownership = part.Metadata.FindOwnership()!;
        return (ownership.PrincipalEntityType.ClrType, KeyOf(part, ownership.Properties));
    }

    private static string KeyOf(EntityEntry entry, IEnumerable<IProperty> key) =>
        string.Join("/", key.Select(p => entry.Property(p.Name).CurrentValue));

    private static string ScopeText(ICurrentUser user) => user.Scope.IsEverything ? "*" : user.Scope.RootCode ?? "";

    private sealed record Pending(EntityEntry Entry, string Action, string? Before, string? After)
    {
        public static Pending? From(EntityEntry entry, List<EntityEntry> ownedParts)
        {
            if (!IsChange(entry) && ownedParts.Count == 0) return null;
            var (before, after) = (new Dictionary<string, (IProperty Property, object? Value)>(), new Dictionary<string, (IProperty Property, object? Value)>());
            foreach (var part in ownedParts.Prepend(entry).Where(IsChange))
            {
                // Some stores (Identity's) mark every column modified; only values that really differ are worth keeping.
                foreach (var property in part.Properties.Where(p => !(part.Metadata.IsOwned() && p.Metadata.IsKey()))
                             .Where(p => part.State != EntityState.Modified || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))))
                {
                    var name = NameOf(part, property);
                    if (part.State != EntityState.Added) before[name] = (property.Metadata, property.OriginalValue);
                    if (part.State != EntityState.Deleted) after[name] = (property.Metadata, property.CurrentValue);
                }
            }
            var action = entry.State is EntityState.Added or EntityState.Deleted ? entry.State : EntityState.Modified;
            // A part replaced by an equal one (a form saved as it was) changes nothing.
            foreach (var same in before.Keys.Where(k => after.TryGetValue(k, out var value) && AuditValues.Same(before[k].Value, value.Value)).ToList())
            {
                before.Remove(same);
                after.Remove(same);
            }
            if (before.Count == 0 && after.Count == 0) return null;
            return new Pending(entry, action.ToString(), Masked(before), Masked(after));
        }

        private static string? Masked(Dictionary<string, (IProperty Property, object? Value)> values) =>
            AuditValues.ToJson(values.ToDictionary(v => v.Key, v => AuditValues.Mask(v.Value.Property, v.Value.Value)));

        /// <summary>A property by its name; an owned part's under the owner's navigation (<c>Enrollment.Status</c> beside the person's <c>Status</c>).</summary>
        private static string NameOf(EntityEntry part, PropertyEntry property) =>
            part.Metadata.IsOwned() ? $"{part.Metadata.FindOwnership()!.PrincipalToDependent!.Name}.{property.Metadata.Name}" : property.Metadata.Name;

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
