using DesaPlatform.Access.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Access.Users.Disable;

internal sealed class DisableUserInputType() : UserNameInputType("DisableUserInput");

internal sealed class DisableUserPayloadType() : PayloadType<UserType, DesaUser>("DisableUserPayload", "user");
