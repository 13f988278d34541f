using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// One step a submission took (sent, withdrawn, approved, returned, reopened): who, when, why — its history, and what
/// notifications are made of. Each kind keeps its events in its own module's table, adding what it counts.
/// </summary>
public abstract class ApprovalEvent : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public required Guid SubmissionId { get; init; }
    public required SubmissionStatus Kind { get; init; }
    public required DateTime At { get; init; }
    public required string By { get; init; }
    public string? Reason { get; init; }
}
