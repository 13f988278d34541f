using DesaPlatform.Access.Users;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.GraphQL;

internal sealed class UserType : ObjectGraphType<DesaUser>
{
    public UserType()
    {
        Name = "User";
        Description = "An account, as the administrators of its region see it.";
        Field<NonNullGraphType<StringGraphType>>("userName").Resolve(ctx => ctx.Source.UserName);
        Field(u => u.FullName);
        Field<NonNullGraphType<UserRoleType>>("role").Resolve(ctx => ctx.Source.Role);
        Field(u => u.RegionCode).Description("The account's scope: this region and everything under it.");
        Field("region", new GraphQLTypeReference("Region")).Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field(u => u.Email, nullable: true);
        Field(u => u.PhoneNumber, nullable: true);
        Field<NonNullGraphType<UserStatusType>>("status").Resolve(ctx => UserStatuses.StatusOf(ctx.Source));
        Field(u => u.MustChangePassword).Description("Still on a one-time password: must choose a new one at the next sign-in.");
        Field(u => u.TwoFactorEnabled);
        Field(u => u.LastSignInAt, nullable: true);
    }
}

internal sealed class UserStatusType : EnumerationGraphType<UserStatus>
{
    public UserStatusType()
    {
        Name = "UserStatus";
        Description = "DISABLED: switched off by an administrator. LOCKED_OUT: too many wrong passwords, for 15 minutes.";
    }
}
