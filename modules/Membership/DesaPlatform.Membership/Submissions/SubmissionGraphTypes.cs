using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions;

internal sealed record SubmitRosterInput(string VillageCode);

/// <summary>The input of approve and withdraw: which submission.</summary>
internal sealed record SubmissionIdInput(Guid SubmissionId);

internal sealed record ReturnSubmissionInput(Guid SubmissionId, string Reason);

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

internal sealed class ReturnSubmissionInputType : InputObjectGraphType<ReturnSubmissionInput>
{
    public ReturnSubmissionInputType()
    {
        Name = "ReturnSubmissionInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Required: tells the village what to fix.");
    }
}

internal sealed class SubmitRosterPayloadType() : PayloadType<SubmissionType, Submission>("SubmitRosterPayload", "submission");

internal sealed class ApproveSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("ApproveSubmissionPayload", "submission");

internal sealed class WithdrawSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("WithdrawSubmissionPayload", "submission");

internal sealed class ReturnSubmissionPayloadType() : PayloadType<SubmissionType, Submission>("ReturnSubmissionPayload", "submission");
