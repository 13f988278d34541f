using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL.Filtering;
using DesaPlatform.SharedKernel.GraphQL.Paging;

namespace DesaPlatform.Access.GraphQL;

internal sealed class UserQueryShape : QueryShape<DesaUser>
{
    public UserQueryShape() : base("User")
    {
        FilterString("userName", u => u.UserName);
        FilterString("fullName", u => u.FullName);
        FilterEnum<UserRole, UserRoleType>("role", u => u.Role);
        FilterString("regionCode", u => u.RegionCode);
        FilterEnum<UserStatus, UserStatusType>("status", UserStatuses.Of);
        Sort("userName", u => u.UserName);
        Sort("fullName", u => u.FullName);
        Sort("regionCode", u => u.RegionCode);
        Sort("lastSignInAt", u => u.LastSignInAt);
    }
}

internal sealed class UsersConnectionType() : ConnectionType<DesaUser>("Users", "User");
