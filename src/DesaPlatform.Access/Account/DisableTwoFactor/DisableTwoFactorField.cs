using DesaPlatform.Access.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Account.DisableTwoFactor;

internal static class DisableTwoFactorField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<DisableTwoFactorPayloadType>>("disableTwoFactor")
            .Description("Switches two-factor sign-in off with a current code; not for a role that requires it.")
            .Argument<NonNullGraphType<DisableTwoFactorInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<DisableTwoFactorHandler>().HandleAsync(ctx.GetArgument<TwoFactorCodeInput>("input").Code));
}
