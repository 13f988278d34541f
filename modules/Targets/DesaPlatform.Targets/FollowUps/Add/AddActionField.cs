using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.FollowUps.Add;

internal static class AddActionField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<AddActionPayloadType>>("addFollowUpAction")
            .Description("Agrees a follow-up action on a finding: what, who, by when. It starts OPEN.")
            .Argument<NonNullGraphType<AddActionInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin, UserRole.RegencyStaff)
            .ResolveAsync(async ctx =>
                await ctx.Service<AddActionHandler>().HandleAsync(ctx.GetArgument<AddActionInput>("input"), ctx.CancellationToken));
}
