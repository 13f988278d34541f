using DesaPlatform.Access.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Users.ResetPassword;

internal static class ResetPasswordField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ResetPasswordPayloadType>>("resetPassword")
            .Description("Gives an account a new one-time password; the old one and every session stop working.")
            .Argument<NonNullGraphType<ResetPasswordInputType>>("input")
            .RequireRoles(Administrators.Roles)
            .ResolveAsync(async ctx => await ctx.Service<ResetPasswordHandler>()
                .HandleAsync(ctx.GetArgument<UserNameInput>("input").UserName, ctx.CancellationToken));
}
