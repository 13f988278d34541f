using DesaPlatform.Regions.Contracts;
using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.Import;

/// <summary>Plans an import against the tree and applies it all at once (one SaveChanges, one transaction) or not at all.</summary>
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

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Regions.AddRange(plan.NewRegions);
        db.RegionChanges.AddRange(plan.Changes.Select(c => new RegionChange
        {
            RegionCode = c.Code, Kind = Enum.Parse<RegionChangeKind>(c.Kind, ignoreCase: true), OldValue = c.OldValue, NewValue = c.NewValue,
            ChangedAt = clock.UtcNow, ChangedBy = user.UserName ?? "system", Source = source,
        }));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }
}
