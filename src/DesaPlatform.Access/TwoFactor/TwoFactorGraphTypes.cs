using DesaPlatform.Access.GraphQL;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.TwoFactor;

internal abstract class TwoFactorCodeInputType : InputObjectGraphType<TwoFactorCodeInput>
{
    protected TwoFactorCodeInputType(string name)
    {
        Name = name;
        Field(i => i.Code).Description("The 6 digits the authenticator app shows now.");
    }
}

internal sealed class EnableTwoFactorInputType() : TwoFactorCodeInputType("EnableTwoFactorInput");

internal sealed class DisableTwoFactorInputType() : TwoFactorCodeInputType("DisableTwoFactorInput");

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

internal sealed class EnableTwoFactorPayloadType() : PayloadType<MeType, DesaUser>("EnableTwoFactorPayload", "me");

internal sealed class DisableTwoFactorPayloadType() : PayloadType<MeType, DesaUser>("DisableTwoFactorPayload", "me");
