using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Account.BeginTwoFactorSetup;

internal sealed class BeginTwoFactorSetupPayloadType : ObjectGraphType<Payload<AuthenticatorSetup>>
{
    public BeginTwoFactorSetupPayloadType()
    {
        Name = "BeginTwoFactorSetupPayload";
        Field<StringGraphType>("sharedKey").Description("The key to type into an authenticator app.")
            .Resolve(ctx => ctx.Source.Result?.SharedKey);
        Field<StringGraphType>("authenticatorUri").Description("The same key as an otpauth:// URI, to show as a QR code.")
            .Resolve(ctx => ctx.Source.Result?.AuthenticatorUri);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
