using DesaPlatform.Access.ChangePassword;
using DesaPlatform.Access.TwoFactor;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.GraphQL;

/// <summary>
/// Every signed-in user's fields for their own account. Changing the password or two-factor sign-in ends the account's
/// sessions: the portal's cookie is renewed in the same answer, API clients sign in again.
/// </summary>
internal static class OwnAccountMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ChangePasswordPayloadType>>("changePassword")
            .Description("Replaces your password; a one-time password must be replaced before anything else works.")
            .Argument<NonNullGraphType<ChangePasswordInputType>>("input")
            .AllowDuringAccountSetup()
            .ResolveAsync(async ctx => await ctx.Service<ChangePasswordHandler>()
                .HandleAsync(ctx.GetArgument<ChangePasswordInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<BeginTwoFactorSetupPayloadType>>("beginTwoFactorSetup")
            .Description("A new authenticator key for your account; two-factor sign-in starts once enableTwoFactor proves a code.")
            .AllowDuringAccountSetup()
            .ResolveAsync(async ctx => await ctx.Service<TwoFactorHandler>().BeginSetupAsync(ctx.CancellationToken));

        mutation.Field<NonNullGraphType<EnableTwoFactorPayloadType>>("enableTwoFactor")
            .Description("Switches two-factor sign-in on with a code from the authenticator app.")
            .Argument<NonNullGraphType<EnableTwoFactorInputType>>("input")
            .AllowDuringAccountSetup()
            .ResolveAsync(async ctx => await ctx.Service<TwoFactorHandler>().EnableAsync(ctx.GetArgument<TwoFactorCodeInput>("input").Code));

        mutation.Field<NonNullGraphType<DisableTwoFactorPayloadType>>("disableTwoFactor")
            .Description("Switches two-factor sign-in off with a current code; not for a role that requires it.")
            .Argument<NonNullGraphType<DisableTwoFactorInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<TwoFactorHandler>().DisableAsync(ctx.GetArgument<TwoFactorCodeInput>("input").Code));
    }
}
