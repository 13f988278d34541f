using GraphQL.Types;

namespace DesaPlatform.Access.GraphQL;

/// <summary>The input of the fields that switch two-factor sign-in on or off.</summary>
internal sealed record TwoFactorCodeInput(string Code);

internal abstract class TwoFactorCodeInputType : InputObjectGraphType<TwoFactorCodeInput>
{
    protected TwoFactorCodeInputType(string name)
    {
        Name = name;
        Field(i => i.Code).Description("The 6 digits the authenticator app shows now.");
    }
}
