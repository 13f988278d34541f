using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions.Withdraw;

internal static class WithdrawSubmissionField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<WithdrawSubmissionPayloadType>>("withdrawSubmission")
            .Description("Takes a waiting submission back: its changes return to the village's draft.")
            .Argument<NonNullGraphType<WithdrawSubmissionInputType>>("input")
            .RequireRoles(ApprovalRoles.VillageRoster.Of(ApprovalAction.Withdraw))
            .ResolveAsync(async ctx => await ctx.Service<WithdrawSubmissionHandler>()
                .HandleAsync(ctx.GetArgument<SubmissionIdInput>("input").SubmissionId, ctx.CancellationToken));
}
