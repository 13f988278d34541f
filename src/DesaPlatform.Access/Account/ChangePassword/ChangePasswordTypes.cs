using DesaPlatform.Access.GraphQL;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Account.ChangePassword;

internal sealed class ChangePasswordInputType : InputObjectGraphType<ChangePasswordInput>
{
    public ChangePasswordInputType()
    {
        Name = "ChangePasswordInput";
        Field(i => i.CurrentPassword).Description("The password used to sign in (a one-time password included).");
        Field(i => i.NewPassword).Description("At least 10 characters, with upper- and lower-case letters, a digit and a symbol.");
    }
}

internal sealed class ChangePasswordPayloadType() : PayloadType<MeType, DesaUser>("ChangePasswordPayload", "me");
