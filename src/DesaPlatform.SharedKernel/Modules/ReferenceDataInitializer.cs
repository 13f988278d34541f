using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.SharedKernel.Modules;

/// <summary>Migrates a module's schema, then loads its reference data into an empty table (never over existing rows).</summary>
public abstract class ReferenceDataInitializer<TContext, TEntity>(TContext db) : IModuleInitializer
    where TContext : DbContext
    where TEntity : class
{
    protected abstract IEnumerable<TEntity> ReferenceData();

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (await db.Set<TEntity>().AnyAsync(cancellationToken)) return;
        db.Set<TEntity>().AddRange(ReferenceData());
        await db.SaveChangesAsync(cancellationToken);
    }
}
