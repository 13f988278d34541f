using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Targets.Domain;

/// <summary>A dated step of a follow-up action: a progress note, a change of status, or both.</summary>
internal sealed class ActionUpdate : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid ActionId { get; init; }
    public required string RegionCode { get; init; }
    public required DateTime At { get; init; }
    public required string By { get; init; }
    public string? Note { get; init; }

    /// <summary>The status the action moved to, when this step changed it.</summary>
    public ActionStatus? Status { get; init; }
}
