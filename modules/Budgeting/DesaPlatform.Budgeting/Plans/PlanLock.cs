using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans;

/// <summary>
/// One change at a time of a village's plans (compute, adjust, submit, decide): the transaction first writes the
/// village's plan rows, which queues the others behind the row locks on PostgreSQL and takes the write lock on SQLite.
/// A village's very first plan has no row to lock: of two computed at once, the unique revision index refuses one.
/// </summary>
internal sealed class PlanLock(BudgetingDbContext db)
{
    public Task<Payload<T>> ChangeAsync<T>(string villageCode, Func<Task<Payload<T>>> change, CancellationToken cancellationToken) where T : class =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.BudgetPlans.Where(p => p.RegionCode == villageCode)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Version, p => p.Version), ct);
            var payload = await change();
            if (payload.Errors.Count == 0) await transaction.CommitAsync(ct);
            return payload;
        }, cancellationToken);
}
