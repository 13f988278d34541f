using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions.Return;

internal static class ReturnSubmissionField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ReturnSubmissionPayloadType>>("returnSubmission")
            .Description("Sends a submission back to the village with a reason and optional per-entry comments.")
            .Argument<NonNullGraphType<ReturnSubmissionInputType>>("input")
            .RequireRoles(ApprovalRoles.VillageRoster.Of(ApprovalAction.Return))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<SubmissionReasonInput>("input");
                var comments = (input.Comments ?? []).GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.Last().Comment);
                return await ctx.Service<ReturnSubmissionHandler>().HandleAsync(input.SubmissionId, input.Reason, comments, ctx.CancellationToken);
            });
}
