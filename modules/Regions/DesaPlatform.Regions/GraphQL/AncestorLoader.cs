using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Regions;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.GraphQL;

/// <summary>
/// The regions above each requested region, province first, for a whole page of regions in one query.
/// The names of the regions above one's own are public and needed to say where one is, so this read is not
/// limited to the caller's scope; nothing below them is reachable from here except through scope-filtered fields.
/// </summary>
internal sealed class AncestorLoader(RegionsDbContext db)
{
    private readonly BatchLoader<string, List<Region>> _loader = new(async (codes, ct) =>
    {
        var wanted = codes.SelectMany(AncestorCodes).Distinct().ToList();
        var found = await db.Regions.IgnoreQueryFilters().AsNoTracking()
            .Where(r => wanted.Contains(r.Code)).ToDictionaryAsync(r => r.Code, ct);
        return codes.ToDictionary(code => code, code => AncestorCodes(code)
            .Select(found.GetValueOrDefault).OfType<Region>().OrderBy(r => r.Code.Length).ToList());
    });

    public IDataLoaderResult<List<Region>?> Load(string code) => _loader.Load(code);

    private static IEnumerable<string> AncestorCodes(string code)
    {
        for (var parent = RegionCode.ParentOf(code); parent is not null; parent = RegionCode.ParentOf(parent)) yield return parent;
    }
}
