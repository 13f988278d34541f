using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Targets.Domain;

/// <summary>
/// An entry of the obstacle catalog: built in (for the whole country, <see cref="RegionCode"/> empty) or added by a
/// province for itself. The catalog is reference data: read by everyone of the province, not only within one's scope.
/// </summary>
internal sealed class Obstacle : IRegionOwned
{
    public required string Code { get; init; }
    public required string RegionCode { get; init; }
    public required string NameId { get; init; }
    public required string NameEn { get; init; }
    public int Order { get; init; }

    public bool IsBuiltIn => RegionCode == SharedKernel.Regions.RegionCode.Country;

    /// <summary>Whether a finding about the desa may name this obstacle: a built-in one, or one of the desa's province.</summary>
    public bool AppliesTo(string villageCode) => IsBuiltIn || SharedKernel.Regions.RegionCode.IsWithin(villageCode, RegionCode);
}
