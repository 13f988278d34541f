using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Targets.Domain;

/// <summary>
/// What a monev meeting found about one desa. Owned by the desa (<see cref="RegionCode"/> is its code), so that the
/// village's operator sees it, while the meeting itself stays with the region it was held for.
/// </summary>
internal sealed class MonevFinding : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid MeetingId { get; init; }

    /// <summary>The desa the finding is about.</summary>
    public required string RegionCode { get; init; }

    public required MonevSegment Segment { get; init; }
    public required string ObstacleCode { get; init; }
    public required string Note { get; init; }
    public required string RecordedBy { get; init; }
    public required DateTime RecordedAt { get; init; }
}
