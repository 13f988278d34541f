using GraphQL.Types;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>One GraphQL enum for the status of every kind of submission.</summary>
public sealed class SubmissionStatusType : EnumerationGraphType<SubmissionStatus>
{
    public SubmissionStatusType() => Name = "SubmissionStatus";
}
