using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions.Reopen;

internal sealed class ReopenSubmissionInputType : InputObjectGraphType<SubmissionReasonInput>
{
    public ReopenSubmissionInputType()
    {
        Name = "ReopenSubmissionInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Required: why the approval is taken back.");
    }
}

internal sealed class ReopenSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("ReopenSubmissionPayload", "submission");
