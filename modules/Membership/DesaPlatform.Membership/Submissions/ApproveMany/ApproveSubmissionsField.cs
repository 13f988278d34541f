using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions.ApproveMany;

internal static class ApproveSubmissionsField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ApproveSubmissionsPayloadType>>("approveSubmissions")
            .Description("Approves many waiting submissions, each as approveSubmission would (its own event, audit, notification); returns what was approved and what was left for a closer look.")
            .Argument<NonNullGraphType<ApproveSubmissionsInputType>>("input")
            .RequireRoles(ApprovalRoles.VillageRoster.Of(ApprovalAction.Approve))
            .ResolveAsync(async ctx => await ctx.Service<ApproveSubmissionsHandler>()
                .HandleAsync(ctx.GetArgument<ApproveSubmissionsInput>("input"), ctx.CancellationToken));
}
