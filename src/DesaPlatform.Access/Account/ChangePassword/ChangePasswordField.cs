using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Account.ChangePassword;

internal static class ChangePasswordField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ChangePasswordPayloadType>>("changePassword")
            .Description("Replaces your password; a one-time password must be replaced before anything else works.")
            .Argument<NonNullGraphType<ChangePasswordInputType>>("input")
            .AllowDuringAccountSetup()
            .ResolveAsync(async ctx => await ctx.Service<ChangePasswordHandler>()
                .HandleAsync(ctx.GetArgument<ChangePasswordInput>("input"), ctx.CancellationToken));
}
