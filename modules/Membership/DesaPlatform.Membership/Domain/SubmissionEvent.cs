using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Domain;

/// <summary>One step of a submission (sent, withdrawn, approved, returned, reopened): who, when, why. The village timeline.</summary>
internal sealed class SubmissionEvent : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public required Guid SubmissionId { get; init; }
    public required SubmissionStatus Kind { get; init; }
    public required DateTime At { get; init; }
    public required string By { get; init; }
    public string? Reason { get; init; }
    public required int Changes { get; init; }

    public static SubmissionEvent Of(Submission submission, SubmissionStatus kind, string by, DateTime at, string? reason) => new()
    {
        RegionCode = submission.RegionCode,
        SubmissionId = submission.Id,
        Kind = kind,
        At = at,
        By = by,
        Reason = reason,
        Changes = submission.PeopleCount,
    };
}
