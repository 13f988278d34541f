using DesaPlatform.Access.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Users.Enable;

internal static class EnableUserField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<EnableUserPayloadType>>("enableUser")
            .Description("Switches an account on again, and lifts a lockout.")
            .Argument<NonNullGraphType<EnableUserInputType>>("input")
            .RequireRoles(Administrators.Roles)
            .ResolveAsync(async ctx => await ctx.Service<EnableUserHandler>()
                .HandleAsync(ctx.GetArgument<UserNameInput>("input").UserName, ctx.CancellationToken));
}
