using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Targets.Domain;

/// <summary>A monitoring-and-evaluation (monev) meeting the province or a regency holds with the BPJS branch about a region.</summary>
internal sealed class MonevMeeting : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public required DateOnly Date { get; init; }
    public required string Place { get; init; }

    /// <summary>Free text, one participant a line.</summary>
    public required string Participants { get; init; }

    public string? Summary { get; init; }
    public required string RecordedBy { get; init; }
    public required DateTime RecordedAt { get; init; }
}
