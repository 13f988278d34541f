using DesaPlatform.Access.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Users.Disable;

internal static class DisableUserField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<DisableUserPayloadType>>("disableUser")
            .Description("Switches an account off: it cannot sign in, and its sessions stop working at once.")
            .Argument<NonNullGraphType<DisableUserInputType>>("input")
            .RequireRoles(Administrators.Roles)
            .ResolveAsync(async ctx => await ctx.Service<DisableUserHandler>()
                .HandleAsync(ctx.GetArgument<UserNameInput>("input").UserName, ctx.CancellationToken));
}
