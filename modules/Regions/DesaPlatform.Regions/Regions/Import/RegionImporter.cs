using DesaPlatform.Regions.Contracts;
using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.Regions.Import;

/// <summary>Plans an import against the tree and applies it all at once (one transaction) or not at all.</summary>
internal sealed class RegionImporter(RegionsDbContext db, ICurrentUser user, IClock clock) : IRegionImporter
{
    public async Task<RegionImportReport> ImportAsync(Stream csv, string source, bool dryRun, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer, cancellationToken);
        var (rows, problems) = RegionFileReader.Read(buffer.ToArray());
        problems.AddRange(rows.Where(r => !user.Scope.Contains(r.Code)).Select(r => Problems.OutOfScope(r.Line, r.Code)));
        if (problems.Count > 0) return new RegionImportReport(rows.Count, 0, [], problems, Applied: false);

        var provinces = rows.Select(r => r.Code[..2]).Distinct().ToList();
        var regions = dryRun ? db.Regions.AsNoTracking() : db.Regions;
        var existing = await regions
            .Where(r => provinces.Contains(r.Code.Substring(0, 2)))
            .ToDictionaryAsync(r => r.Code, cancellationToken);
        var plan = RegionImportPlan.Make(rows, existing, clock.Today);
        var report = new RegionImportReport(rows.Count, plan.Unchanged, plan.Changes, [], Applied: !dryRun);
        if (dryRun || plan.Changes.Count == 0) return report with { Applied = !dryRun && plan.Changes.Count == 0 };

        await ApplyAsync(plan, source, rows.Count, cancellationToken);
        return report;
    }

    // One transaction, saved in chunks so that a national import does not track 180,000 entities at once. It cannot
    // start over (the plan's changes are saved and cleared first), so it runs once: a failure refuses the file whole.
    private Task ApplyAsync(RegionImportPlan plan, string source, int rows, CancellationToken cancellationToken) =>
        DatabaseRetry.Suspended(() => ApplyOnceAsync(plan, source, rows, cancellationToken));

    private async Task ApplyOnceAsync(RegionImportPlan plan, string source, int rows, CancellationToken cancellationToken)
    {
        const int chunkSize = 5_000;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var history = plan.Changes.Select(c => new RegionChange
        {
            RegionCode = c.Code, Kind = c.Kind, OldValue = c.OldValue, NewValue = c.NewValue,
            ChangedAt = clock.UtcNow, ChangedBy = user.UserName ?? "system", Source = source,
        });
        foreach (var chunk in plan.NewRegions.Chunk(chunkSize))
        {
            db.Regions.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        foreach (var chunk in history.Chunk(chunkSize))
        {
            db.RegionChanges.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        db.Set<AuditEntry>().Add(AuditRecorder.Summary(RegionsDbContext.SchemaName, user, "RegionImport", source,
            user.Scope.RootCode ?? "", "Imported", new Dictionary<string, object?>
            {
                ["rows"] = rows,
                ["added"] = plan.NewRegions.Count,
                ["changes"] = plan.Changes.Count,
            }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
