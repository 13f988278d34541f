using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using GraphQL.Types;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>The GraphQL fields every kind's submission and event types show alike, in this order; each kind adds what it carries around them.</summary>
public static class ApprovalFields
{
    /// <summary><c>status submittedAt submittedBy waitingDays reviewedAt reviewedBy reason</c>.</summary>
    public static void AddSubmissionFields<T>(this ObjectGraphType<T> type) where T : ApprovalSubmission
    {
        type.Field<NonNullGraphType<SubmissionStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        type.Field(s => s.SubmittedAt);
        type.Field(s => s.SubmittedBy);
        type.Field<NonNullGraphType<IntGraphType>>("waitingDays")
            .Description("Whole days since it was sent (until it was decided).")
            .Resolve(ctx => ctx.Source.WaitingDays(ctx.Service<IClock>().UtcNow));
        type.Field(s => s.ReviewedAt, nullable: true).Description("When it was last decided (approved, returned, withdrawn, reopened).");
        type.Field(s => s.ReviewedBy, nullable: true);
        type.Field(s => s.Reason, nullable: true).Description("Why it was returned or reopened.");
    }

    /// <summary><c>kind at by reason</c>.</summary>
    public static void AddEventFields<T>(this ObjectGraphType<T> type) where T : ApprovalEvent
    {
        type.Field<NonNullGraphType<SubmissionStatusType>>("kind").Description("SUBMITTED, APPROVED, RETURNED, WITHDRAWN or REOPENED.")
            .Resolve(ctx => ctx.Source.Kind);
        type.Field(e => e.At);
        type.Field(e => e.By);
        type.Field(e => e.Reason, nullable: true);
    }
}
