using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.Regions.Contracts;

/// <summary>
/// A region as a report shows it: its own row and a row per child region (none for a village), with the length its
/// children's codes cut village codes to — the village's own code length for a village.
/// </summary>
public sealed record RegionRows(RegionSummary Region, IReadOnlyList<RegionSummary> Children, int ChildCodeLength)
{
    private const int VillageDepth = 4;

    public bool HasChildren => Region.Depth < VillageDepth;

    /// <summary>Null when the region is unknown or outside the caller's scope.</summary>
    public static async Task<RegionRows?> FindAsync(IRegionDirectory regions, string code, CancellationToken cancellationToken)
    {
        var region = await regions.FindAsync(code, cancellationToken);
        if (region is null) return null;
        return region.Depth < VillageDepth
            ? new RegionRows(region, await regions.ChildrenAsync(region.Code, cancellationToken), RegionCode.ChildCodeLength(region.Depth))
            : new RegionRows(region, [], region.Code.Length);
    }
}
