using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions.Approve;

internal static class ApproveSubmissionField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ApproveSubmissionPayloadType>>("approveSubmission")
            .Description("Makes every change of a submission official at once.")
            .Argument<NonNullGraphType<ApproveSubmissionInputType>>("input")
            .RequireRoles(ApprovalRoles.VillageRoster.Of(ApprovalAction.Approve))
            .ResolveAsync(async ctx => await ctx.Service<ApproveSubmissionHandler>()
                .HandleAsync(ctx.GetArgument<SubmissionIdInput>("input").SubmissionId, ctx.CancellationToken));
}
