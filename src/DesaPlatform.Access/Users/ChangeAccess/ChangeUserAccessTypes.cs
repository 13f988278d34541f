using DesaPlatform.Access.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Users.ChangeAccess;

internal sealed class ChangeUserAccessInputType : InputObjectGraphType<ChangeUserAccessInput>
{
    public ChangeUserAccessInputType()
    {
        Name = "ChangeUserAccessInput";
        Field(i => i.UserName);
        Field<NonNullGraphType<UserRoleType>>("role");
        Field(i => i.RegionCode);
    }
}

internal sealed class ChangeUserAccessPayloadType() : PayloadType<UserType, DesaUser>("ChangeUserAccessPayload", "user");
