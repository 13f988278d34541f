using DesaPlatform.Access.GraphQL;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Access.DisableUser;

internal sealed class DisableUserInputType() : UserNameInputType("DisableUserInput");

internal sealed class EnableUserInputType() : UserNameInputType("EnableUserInput");

internal sealed class DisableUserPayloadType() : PayloadType<UserType, DesaUser>("DisableUserPayload", "user");

internal sealed class EnableUserPayloadType() : PayloadType<UserType, DesaUser>("EnableUserPayload", "user");
