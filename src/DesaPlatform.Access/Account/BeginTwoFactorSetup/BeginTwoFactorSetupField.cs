using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Account.BeginTwoFactorSetup;

internal static class BeginTwoFactorSetupField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<BeginTwoFactorSetupPayloadType>>("beginTwoFactorSetup")
            .Description("A new authenticator key for your account; two-factor sign-in starts once enableTwoFactor proves a code.")
            .AllowDuringAccountSetup()
            .ResolveAsync(async ctx => await ctx.Service<BeginTwoFactorSetupHandler>().HandleAsync(ctx.CancellationToken));
}
