using DesaPlatform.Access.GraphQL;

namespace DesaPlatform.Access.ResetPassword;

internal sealed class ResetPasswordInputType() : UserNameInputType("ResetPasswordInput");

internal sealed class ResetPasswordPayloadType() : IssuedPasswordPayloadType("ResetPasswordPayload");
