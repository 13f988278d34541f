using DesaPlatform.SharedKernel.Approvals;

namespace DesaPlatform.Membership.Domain;

/// <summary>
/// A village's draft roster changes sent to its regency: approved (they become official) or returned with a reason by
/// the regency, or withdrawn by the village while it waits. An approval can be reopened by the regency with a reason.
/// The steps are the general workflow's (<see cref="ApprovalStep"/>); this kind counts the changes it carries.
/// </summary>
internal sealed class Submission : ApprovalSubmission<SubmissionEvent>
{
    public required int PeopleCount { get; init; }
    public int AddedCount { get; init; }
    public int ChangedCount { get; init; }
    public int EndedCount { get; init; }

    protected override SubmissionEvent Describe(SubmissionStatus kind, string by, DateTime at, string? reason) => new()
    {
        RegionCode = RegionCode,
        SubmissionId = Id,
        Kind = kind,
        At = at,
        By = by,
        Reason = reason,
        Changes = PeopleCount,
    };
}
