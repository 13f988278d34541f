using DesaPlatform.SharedKernel.Approvals;

namespace DesaPlatform.Membership.Domain;

/// <summary>One step of a roster submission, with how many changes it carried: the village timeline.</summary>
internal sealed class SubmissionEvent : ApprovalEvent
{
    public required int Changes { get; init; }
}
