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
        var content = buffer.ToArray();
        var (rows, problems) = RegionFileReader.Read(content);
        problems.AddRange(rows.Where(r => !user.Scope.Contains(r.Code)).Select(r => Problems.OutOfScope(r.Line, r.Code)));
        if (problems.Count > 0) return new RegionImportReport(rows.Count, 0, [], problems, Applied: false);

        // Read untracked: the plan changes these copies, and the apply writes them in bulk.
        var provinces = rows.Select(r => r.Code[..2]).Distinct().ToList();
        var existing = await db.Regions.AsNoTracking()
            .Where(r => provinces.Contains(r.Code.Substring(0, 2)))
            .ToDictionaryAsync(r => r.Code, cancellationToken);
        var plan = RegionImportPlan.Make(rows, existing, clock.Today);
        var report = new RegionImportReport(rows.Count, plan.Unchanged, plan.Changes, [], Applied: !dryRun);
        if (dryRun || plan.Changes.Count == 0) return report with { Applied = !dryRun && plan.Changes.Count == 0 };

        await DatabaseRetry.Suspended(() => ApplyAsync(plan, report, new ImportedFile(source, content), cancellationToken));
        return report;
    }

    /// <summary>
    /// The regions and their history in bulk (PostgreSQL's COPY; the changed regions through a staging table), in one transaction with one audit summary: the
    /// per-region detail (what changed, from what to what, by whom, from which file) is the regions' history. It cannot
    /// start over, so it runs once without retries: a failure refuses the file whole.
    /// </summary>
    private async Task ApplyAsync(RegionImportPlan plan, RegionImportReport report, ImportedFile file, CancellationToken cancellationToken)
    {
        var (at, by) = (clock.UtcNow, user.UserName ?? "system");
        var history = plan.Changes.Select(c => new RegionChange
        {
            RegionCode = c.Code, Kind = c.Kind, OldValue = c.OldValue, NewValue = c.NewValue, ChangedAt = at, ChangedBy = by, Source = file.Name,
        }).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.InsertInBulkAsync(plan.Added, cancellationToken);
        await db.UpsertInBulkAsync(plan.Changed, cancellationToken);
        await db.InsertInBulkAsync(history, cancellationToken);
        db.Set<AuditEntry>().Add(AuditRecorder.Summary(RegionsDbContext.SchemaName, user, "RegionImport", file.Name,
            user.Scope.RootCode ?? "", "Imported", Summary(report, file)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Dictionary<string, object?> Summary(RegionImportReport report, ImportedFile file)
    {
        var summary = file.Details();
        summary["rows"] = report.Rows;
        summary["unchanged"] = report.Unchanged;
        foreach (var kind in Enum.GetValues<RegionChangeKind>()) summary[kind.ToString().ToLowerInvariant()] = report.Count(kind);
        return summary;
    }
}
