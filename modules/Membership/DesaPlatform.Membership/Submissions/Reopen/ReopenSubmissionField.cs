using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions.Reopen;

internal static class ReopenSubmissionField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ReopenSubmissionPayloadType>>("reopenSubmission")
            .Description("Takes an approval back with a reason: the replaced versions are official again, the changes return to the village's draft.")
            .Argument<NonNullGraphType<ReopenSubmissionInputType>>("input")
            .RequireRoles(ApprovalRoles.VillageRoster.Of(ApprovalAction.Reopen))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<SubmissionReasonInput>("input");
                return await ctx.Service<ReopenSubmissionHandler>().HandleAsync(input.SubmissionId, input.Reason, ctx.CancellationToken);
            });
}
