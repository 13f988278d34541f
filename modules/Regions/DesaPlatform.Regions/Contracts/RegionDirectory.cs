using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.Contracts;

internal sealed class RegionDirectory(RegionsDbContext db, ICurrentUser user) : IRegionDirectory
{
    public async Task<RegionSummary?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (code == RegionCode.Country) return Region.Country(user.Scope) is { } country ? ToSummary(country) : null;
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code && r.RetiredOn == null, cancellationToken);
        return region is null ? null : ToSummary(region);
    }

    public async Task<IReadOnlyList<RegionSummary>> ChildrenAsync(string code, CancellationToken cancellationToken)
    {
        var children = await db.Regions.AsNoTracking().Where(Region.ChildOf(code)).Where(r => r.RetiredOn == null).OrderBy(r => r.Code).ToListAsync(cancellationToken);
        return children.Select(ToSummary).ToList();
    }

    // A NIK names the kecamatan of birth registration, often outside the village's own scope; that a kecamatan code
    // exists is public reference data, so this one check looks at the whole tree.
    public Task<bool> DistrictExistsAsync(string code, CancellationToken cancellationToken) =>
        db.Regions.IgnoreQueryFilters().AnyAsync(r => r.Code == code && r.Level == RegionLevel.District && r.RetiredOn == null, cancellationToken);

    // Region names are published by Kemendagri; telling someone which village a conflicting NIK serves in needs the name
    // of a village outside their scope, and nothing else of it.
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);

    public async Task<IReadOnlyDictionary<string, int>> CountDesaAsync(
        string rootCode, int groupCodeLength, CancellationToken cancellationToken)
    {
        return await Desa(rootCode)
            .GroupBy(r => r.Code.Substring(0, groupCodeLength))
            .Select(g => new { Child = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Child, g => g.Count, cancellationToken);
    }

    public async Task<IReadOnlyList<DesaEntry>> DesaAsync(string rootCode, CancellationToken cancellationToken)
    {
        var desa = await Desa(rootCode).OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(cancellationToken);
        var parents = desa.SelectMany(d => new[] { d.Code[..RegionCode.ChildCodeLength(2)], d.Code[..RegionCode.ChildCodeLength(1)] }).Distinct().ToList();
        var names = await NamesAsync(parents, cancellationToken);
        return desa.Select(d => new DesaEntry(d.Code, d.Name,
            names.GetValueOrDefault(d.Code[..RegionCode.ChildCodeLength(2)], ""), names.GetValueOrDefault(d.Code[..RegionCode.ChildCodeLength(1)], ""))).ToList();
    }

    private IQueryable<Region> Desa(string rootCode) =>
        db.Regions.AsNoTracking()
            .Where(RegionScope.Under(rootCode).Predicate<Region>(r => r.Code))
            .Where(r => r.Level == RegionLevel.Village && r.RetiredOn == null && (r.Kind == RegionKind.Desa || r.Kind == RegionKind.DesaAdat));

    private static RegionSummary ToSummary(Region region) =>
        new(region.Code, region.Name, RegionCode.Depth(region.Code), region.Kind is RegionKind.Desa or RegionKind.DesaAdat);
}
