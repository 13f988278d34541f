using DesaPlatform.Access.GraphQL;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Access.Account.DisableTwoFactor;

internal sealed class DisableTwoFactorInputType() : TwoFactorCodeInputType("DisableTwoFactorInput");

internal sealed class DisableTwoFactorPayloadType() : PayloadType<MeType, DesaUser>("DisableTwoFactorPayload", "me");
