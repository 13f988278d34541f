using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions;

/// <summary>The input of approve and withdraw: which submission.</summary>
internal sealed record SubmissionIdInput(Guid SubmissionId);

internal abstract class SubmissionIdInputType : InputObjectGraphType<SubmissionIdInput>
{
    protected SubmissionIdInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("submissionId");
    }
}
