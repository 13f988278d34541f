using System.Linq.Expressions;
using System.Reflection;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>
/// The base of every module's DbContext and the one place where region scope is enforced on data:
/// a query filter on every <see cref="IRegionOwned"/> row for reads, a check in SaveChanges for writes.
/// Every save also records its audit entries, in the same transaction.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IUserBoundContext
{
    // Whom this context reads and writes for: given by the pool for each request (PooledContexts); anonymous until then.
    private ICurrentUser _currentUser = new CurrentUser();

    ICurrentUser IUserBoundContext.CurrentUser
    {
        set => _currentUser = value;
    }

    protected abstract string Schema { get; }

    /// <summary>The audit table is created by <c>AuditDbContext</c>'s migrations; every other context only writes to it.</summary>
    protected virtual bool OwnsAuditTable => false;

    // Read through the context instance, so EF evaluates them per query with this request's user.
    public string ScopeLower => RegionCodeRange.Of(_currentUser.Scope).Lower;
    public string ScopeUpper => RegionCodeRange.Of(_currentUser.Scope).Upper;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        AuditTable.Configure(modelBuilder, excludeFromMigrations: !OwnsAuditTable);
        ConfigureModel(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(t => typeof(IRegionOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            var entity = modelBuilder.Entity(entityType.ClrType);
            entity.HasQueryFilter(ScopeFilter(entityType.ClrType));
            // Byte order, so that the scope's range is served by the column's index whatever the database's collation.
            if (Database.IsNpgsql()) entity.Property(RegionCodeProperty(entityType.ClrType)).UseCollation("C");
        }
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it records the audit trail.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnsureChangesWithinScope();
        return AuditRecorder.SaveWithAuditAsync(this, Schema, _currentUser,
            ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
    }

    /// <summary>
    /// Adds many rows at once, untracked, in the use case's transaction; no audit entry per row: the use case records
    /// one summary (<see cref="AuditRecorder.Summary"/>) in the same transaction.
    /// </summary>
    public Task InsertInBulkAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class, IRegionOwned
    {
        EnsureWithinScope(rows);
        return new BulkRows<T>(this).InsertAsync(rows, cancellationToken);
    }

    /// <inheritdoc cref="InsertInBulkAsync{T}"/>
    /// <remarks>A row whose key is there already replaces it (the use case read it in scope, under its own lock).</remarks>
    public Task UpsertInBulkAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class, IRegionOwned
    {
        EnsureWithinScope(rows);
        return new BulkRows<T>(this).UpsertAsync(rows, cancellationToken);
    }

    /// <summary>
    /// After a bulk write that filled a table, has PostgreSQL gather its statistics now: until autovacuum does (a minute
    /// or more later) the planner takes it for empty, and a report's anti-join over 50,000 new rows ran past 30 s.
    /// </summary>
    public Task AnalyzeAsync<T>(CancellationToken cancellationToken) where T : class
    {
        if (!Database.IsNpgsql()) return Task.CompletedTask;
        var entity = Model.FindEntityType(typeof(T))!;
        // Only the model's table name goes into the text.
        var analyze = "ANALYZE " + this.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        return Database.ExecuteSqlRawAsync(analyze, cancellationToken);
    }

    private void EnsureWithinScope(IEnumerable<IRegionOwned> rows)
    {
        foreach (var row in rows) EnsureWithinScope(row.GetType(), row.RegionCode);
    }

    private void EnsureChangesWithinScope()
    {
        foreach (var entry in ChangeTracker.Entries<IRegionOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (entry.Entity is AuditEntry && entry.State != EntityState.Added)
                throw new InvalidOperationException("The audit trail is append-only.");
            var type = entry.Entity.GetType();
            EnsureWithinScope(type, entry.Entity.RegionCode);
            if (entry.State == EntityState.Modified)
                EnsureWithinScope(type, entry.Property(RegionCodeProperty(type)).OriginalValue as string ?? "");
        }
    }

    private void EnsureWithinScope(Type rowType, string regionCode)
    {
        if (!_currentUser.MayWrite(rowType) || !_currentUser.Scope.Contains(regionCode)) throw new OutOfScopeException(regionCode);
    }

    private static string RegionCodeProperty(Type clrType) =>
        clrType.GetCustomAttribute<ScopedByAttribute>()?.Property ?? nameof(IRegionOwned.RegionCode);

    private LambdaExpression ScopeFilter(Type clrType)
    {
        var row = Expression.Parameter(clrType, "row");
        var code = Expression.Property(row, RegionCodeProperty(clrType));
        var context = Expression.Constant(this);
        var body = RegionCodeRange.Within(code, Expression.Property(context, nameof(ScopeLower)), Expression.Property(context, nameof(ScopeUpper)));
        return Expression.Lambda(body, row);
    }
}
