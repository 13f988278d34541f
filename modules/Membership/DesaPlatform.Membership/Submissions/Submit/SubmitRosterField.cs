using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Submissions.Submit;

internal static class SubmitRosterField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SubmitRosterPayloadType>>("submitRoster")
            .Description("Sends the village's draft changes to the regency for approval.")
            .Argument<NonNullGraphType<SubmitRosterInputType>>("input")
            .RequireRoles(ApprovalRoles.VillageRoster.Of(ApprovalAction.Submit))
            .ResolveAsync(async ctx => await ctx.Service<SubmitRosterHandler>()
                .HandleAsync(ctx.GetArgument<SubmitRosterInput>("input").VillageCode, ctx.CancellationToken));
}
