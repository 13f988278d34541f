using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// One change at a time per village roster. Every use case that can put an entry into a roster, send it or bring
/// changes into force runs in <see cref="ChangeAsync{T}"/>: its transaction first takes the village's row in
/// <c>roster_locks</c> (<see cref="LockRows"/>), which makes PostgreSQL queue the village's other changes behind the row lock and makes SQLite
/// take its write lock before anything is read. The rules (position caps, "already submitted") are then checked on
/// the roster as it is, so two requests at the same moment cannot both pass them.
/// </summary>
internal sealed class RosterLock(MembershipDbContext db, LockRows locks, CoverageSummary coverage)
{
    /// <summary>
    /// Runs <paramref name="change"/> holding the village's lock; what it saved is committed only if it succeeded, together
    /// with the village's recounted <see cref="VillageCoverage"/>.
    /// </summary>
    public Task<Payload<T>> ChangeAsync<T>(string villageCode, Func<Task<Payload<T>>> change, CancellationToken cancellationToken)
        where T : class => ChangeManyAsync([villageCode], change, cancellationToken);

    /// <summary><see cref="ChangeAsync{T}"/> of many villages at once (a regency's import), their locks taken in code order.</summary>
    public Task<Payload<T>> ChangeManyAsync<T>(IReadOnlyCollection<string> villageCodes, Func<Task<Payload<T>>> change,
        CancellationToken cancellationToken) where T : class =>
        HoldingAsync(villageCodes, async ct =>
        {
            var payload = await change();
            if (payload.Errors.Count > 0) return (payload, false);
            await coverage.RecountAsync(villageCodes, ct);
            return (payload, true);
        }, cancellationToken);

    /// <summary>Runs <paramref name="work"/> holding the locks of many villages, taken in code order so that two such runs cannot deadlock.</summary>
    public Task HoldingAsync(IReadOnlyCollection<string> villageCodes, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        HoldingAsync(villageCodes, async ct =>
        {
            await work(ct);
            return (true, true);
        }, cancellationToken);

    private Task<T> HoldingAsync<T>(IReadOnlyCollection<string> villageCodes, Func<CancellationToken, Task<(T Result, bool Commit)>> work,
        CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            // What was read before the lock may be stale by now: the work reads the roster again.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var villageCode in villageCodes.Order(StringComparer.Ordinal)) await locks.TakeAsync(villageCode, ct);
            var (result, commit) = await work(ct);
            if (commit) await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
}
