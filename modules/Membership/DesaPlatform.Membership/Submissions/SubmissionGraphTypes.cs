using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions;

internal sealed record SubmitRosterInput(string VillageCode);

/// <summary>The input of approve and withdraw: which submission.</summary>
internal sealed record SubmissionIdInput(Guid SubmissionId);

/// <summary>Return (per-entry comments optional) and reopen: which submission and why.</summary>
internal sealed record SubmissionReasonInput(Guid SubmissionId, string Reason, List<ItemCommentInput>? Comments = null);

internal sealed record ItemCommentInput(Guid PersonId, string Comment);

internal sealed class SubmitRosterInputType : InputObjectGraphType<SubmitRosterInput>
{
    public SubmitRosterInputType()
    {
        Name = "SubmitRosterInput";
        Field<NonNullGraphType<StringGraphType>>("villageCode");
    }
}

internal abstract class SubmissionIdInputType : InputObjectGraphType<SubmissionIdInput>
{
    protected SubmissionIdInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("submissionId");
    }
}

internal sealed class ApproveSubmissionInputType() : SubmissionIdInputType("ApproveSubmissionInput");

internal sealed class WithdrawSubmissionInputType() : SubmissionIdInputType("WithdrawSubmissionInput");

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

internal sealed class ReopenSubmissionInputType : InputObjectGraphType<SubmissionReasonInput>
{
    public ReopenSubmissionInputType()
    {
        Name = "ReopenSubmissionInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Required: why the approval is taken back.");
    }
}

internal sealed class SubmitRosterPayloadType() : PayloadType<SubmissionType, Submission>("SubmitRosterPayload", "submission");

internal sealed class ApproveSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("ApproveSubmissionPayload", "submission");

internal sealed class WithdrawSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("WithdrawSubmissionPayload", "submission");

internal sealed class ReturnSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("ReturnSubmissionPayload", "submission");

internal sealed class ReopenSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("ReopenSubmissionPayload", "submission");
