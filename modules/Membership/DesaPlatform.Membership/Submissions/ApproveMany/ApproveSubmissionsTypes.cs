using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions.ApproveMany;

internal sealed record ApproveSubmissionsInput(IReadOnlyList<Guid>? SubmissionIds, string? RegionCode);

/// <summary>A submission a bulk approval did not approve, and why: WARNINGS, SUBMISSION_OWN_IMPORT, CHANGED_MEANWHILE, NOT_FOUND, or the single approval's refusal.</summary>
internal sealed record LeftSubmission(Guid SubmissionId, string? VillageCode, string Reason);

internal sealed record BulkApproval(IReadOnlyList<Guid> Approved, IReadOnlyList<LeftSubmission> Left);

internal sealed class ApproveSubmissionsInputType : InputObjectGraphType<ApproveSubmissionsInput>
{
    public ApproveSubmissionsInputType()
    {
        Name = "ApproveSubmissionsInput";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("submissionIds")
            .Description("These submissions, warnings or not (a chosen set).");
        Field(i => i.RegionCode, nullable: true)
            .Description("Or every submission waiting in this region that has no warnings (nothing taken away, no one leaving office).");
    }
}

internal sealed class BulkApprovalType : ObjectGraphType<BulkApproval>
{
    public BulkApprovalType()
    {
        Name = "BulkApproval";
        Field<NonNullGraphType<IntGraphType>>("approvedCount").Resolve(ctx => ctx.Source.Approved.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("approved").Resolve(ctx => ctx.Source.Approved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeftSubmissionType>>>>("left")
            .Description("What was left for a closer look, and why.")
            .Resolve(ctx => ctx.Source.Left);
    }
}

internal sealed class LeftSubmissionType : ObjectGraphType<LeftSubmission>
{
    public LeftSubmissionType()
    {
        Name = "LeftSubmission";
        Field<NonNullGraphType<IdGraphType>>("submissionId").Resolve(ctx => ctx.Source.SubmissionId);
        Field(l => l.VillageCode, nullable: true);
        Field(l => l.Reason).Description("WARNINGS, SUBMISSION_OWN_IMPORT, CHANGED_MEANWHILE, NOT_FOUND, or why the approval was refused (e.g. POSITION_FULL).");
    }
}

internal sealed class ApproveSubmissionsPayloadType()
    : DesaPlatform.SharedKernel.GraphQL.PayloadType<BulkApprovalType, BulkApproval>("ApproveSubmissionsPayload", "summary");
