using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.FollowUps.ChangeStatus;

internal static class ChangeActionStatusField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ChangeActionStatusPayloadType>>("changeActionStatus")
            .Description("Moves a follow-up action to another status, with an optional note; a desa operator, only for actions the desa owns.")
            .Argument<NonNullGraphType<ChangeActionStatusInputType>>("input")
            .RequireRoles(UserRole.ProvinceAdmin, UserRole.RegencyStaff, UserRole.VillageOperator)
            .ResolveAsync(async ctx =>
                await ctx.Service<ChangeActionStatusHandler>().HandleAsync(ctx.GetArgument<ChangeActionStatusInput>("input"), ctx.CancellationToken));
}
