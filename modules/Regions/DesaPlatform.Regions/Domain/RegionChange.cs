using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;

namespace DesaPlatform.Regions.Domain;

/// <summary>One step in a region's history: what an import changed, from what to what, and under which source file.</summary>
[NotAudited("itself: it is the regions' history; each import adds one summary audit entry")]
internal sealed class RegionChange : IRegionOwned
{
    public long Id { get; init; }
    public required string RegionCode { get; init; }
    public required RegionChangeKind Kind { get; init; }
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
    public required DateTime ChangedAt { get; init; }
    public required string ChangedBy { get; init; }
    public required string Source { get; init; }
}
