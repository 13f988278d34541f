using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Regions.Domain;

[ScopedBy(nameof(Code))]
internal sealed class Region : IRegionOwned
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required RegionLevel Level { get; init; }
    public string? ParentCode { get; init; }
    public RegionKind? Kind { get; set; }

    string IRegionOwned.RegionCode => Code;
}
