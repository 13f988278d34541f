using DesaPlatform.Access.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Access.Users.Enable;

internal sealed class EnableUserInputType() : UserNameInputType("EnableUserInput");

internal sealed class EnableUserPayloadType() : PayloadType<UserType, DesaUser>("EnableUserPayload", "user");
