using DesaPlatform.Regions.Contracts;
using DesaPlatform.Regions.Domain;

namespace DesaPlatform.Regions.Regions.Import;

/// <summary>
/// The difference between a file and the tree: rows not in the tree are added; rows whose name or kind differ are
/// renamed or reclassified; retired regions that come back are restored; regions of the file's provinces that the
/// file lacks are retired. The regions to add and the (untracked) regions changed are returned as they will be.
/// </summary>
internal sealed record RegionImportPlan(List<RegionImportChange> Changes, List<Region> Added, List<Region> Changed, int Unchanged)
{
    public static RegionImportPlan Make(IReadOnlyList<RegionRow> rows, IReadOnlyDictionary<string, Region> existing, DateOnly today)
    {
        var changes = new List<RegionImportChange>();
        var (added, changed) = (new List<Region>(), new List<Region>());
        var unchanged = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var region))
            {
                added.Add(new Region { Code = row.Code, Name = row.Name, Level = row.Level, ParentCode = row.ParentCode, Kind = row.Kind });
                changes.Add(new(row.Code, row.Name, RegionChangeKind.Added, null, row.Name));
                continue;
            }
            var before = changes.Count;
            if (region.RetiredOn is not null)
            {
                changes.Add(new(row.Code, row.Name, RegionChangeKind.Restored, region.RetiredOn.Value.ToString("yyyy-MM-dd"), null));
                region.RetiredOn = null;
            }
            if (region.Name != row.Name)
            {
                changes.Add(new(row.Code, row.Name, RegionChangeKind.Renamed, region.Name, row.Name));
                region.Name = row.Name;
            }
            if (region.Kind != row.Kind)
            {
                changes.Add(new(row.Code, row.Name, RegionChangeKind.Reclassified, RegionKindNames.ToText(region.Kind), RegionKindNames.ToText(row.Kind)));
                region.Kind = row.Kind;
            }
            if (changes.Count == before) unchanged++;
            else changed.Add(region);
        }

        var inFile = rows.Select(r => r.Code).ToHashSet();
        foreach (var region in existing.Values.Where(r => r.RetiredOn is null && !inFile.Contains(r.Code)).OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            region.RetiredOn = today;
            changed.Add(region);
            changes.Add(new(region.Code, region.Name, RegionChangeKind.Retired, null, today.ToString("yyyy-MM-dd")));
        }
        return new RegionImportPlan(changes, added, changed, unchanged);
    }
}
