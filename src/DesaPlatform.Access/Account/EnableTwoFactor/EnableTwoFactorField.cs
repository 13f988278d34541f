using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Access.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Account.EnableTwoFactor;

internal static class EnableTwoFactorField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<EnableTwoFactorPayloadType>>("enableTwoFactor")
            .Description("Switches two-factor sign-in on with a code from the authenticator app.")
            .Argument<NonNullGraphType<EnableTwoFactorInputType>>("input")
            .AllowDuringAccountSetup()
            .ResolveAsync(async ctx => await ctx.Service<EnableTwoFactorHandler>().HandleAsync(ctx.GetArgument<TwoFactorCodeInput>("input").Code));
}
