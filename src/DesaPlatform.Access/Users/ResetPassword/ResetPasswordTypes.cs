using DesaPlatform.Access.GraphQL;

namespace DesaPlatform.Access.Users.ResetPassword;

internal sealed class ResetPasswordInputType() : UserNameInputType("ResetPasswordInput");

internal sealed class ResetPasswordPayloadType() : IssuedPasswordPayloadType("ResetPasswordPayload");
