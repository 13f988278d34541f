using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions.Return;

internal sealed class ReturnSubmissionInputType : InputObjectGraphType<SubmissionReasonInput>
{
    public ReturnSubmissionInputType()
    {
        Name = "ReturnSubmissionInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Required: tells the village what to fix.");
        Field<ListGraphType<NonNullGraphType<ItemCommentInputType>>>("comments").Description("Optional remarks on single entries.");
    }
}

internal sealed class ItemCommentInputType : InputObjectGraphType<ItemCommentInput>
{
    public ItemCommentInputType()
    {
        Name = "ItemCommentInput";
        Field<NonNullGraphType<IdGraphType>>("personId").Description("The id of the version in the submission (`changes.person.id`).");
        Field(i => i.Comment);
    }
}

internal sealed class ReturnSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("ReturnSubmissionPayload", "submission");
