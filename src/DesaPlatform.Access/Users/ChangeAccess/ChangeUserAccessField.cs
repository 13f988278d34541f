using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Users.ChangeAccess;

internal static class ChangeUserAccessField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ChangeUserAccessPayloadType>>("changeUserAccess")
            .Description("Gives an account another role or region; its sessions end at once.")
            .Argument<NonNullGraphType<ChangeUserAccessInputType>>("input")
            .RequireRoles(Administrators.Roles)
            .ResolveAsync(async ctx => await ctx.Service<ChangeUserAccessHandler>()
                .HandleAsync(ctx.GetArgument<ChangeUserAccessInput>("input"), ctx.CancellationToken));
}
