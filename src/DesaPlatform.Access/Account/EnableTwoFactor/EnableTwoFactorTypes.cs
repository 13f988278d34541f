using DesaPlatform.Access.GraphQL;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Access.Account.EnableTwoFactor;

internal sealed class EnableTwoFactorInputType() : TwoFactorCodeInputType("EnableTwoFactorInput");

internal sealed class EnableTwoFactorPayloadType() : PayloadType<MeType, DesaUser>("EnableTwoFactorPayload", "me");
