using DesaPlatform.Access.Users;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Regions;
using GraphQL.Types;

namespace DesaPlatform.Access.GraphQL;

internal sealed class MeType : ObjectGraphType<DesaUser>
{
    public MeType()
    {
        Name = "Me";
        Description = "The signed-in user.";
        Field<NonNullGraphType<StringGraphType>>("userName").Resolve(ctx => ctx.Source.UserName);
        Field(u => u.FullName);
        Field<NonNullGraphType<UserRoleType>>("role").Resolve(ctx => ctx.Source.Role);
        Field(u => u.RegionCode).Description("The user's scope: this region and everything under it; \"\" for the whole country (a national reader).");
        Field("region", new GraphQLTypeReference("Region")).Resolve(ctx => ctx.Service<IRegionLoader>().Load(ctx.Source.RegionCode));
        Field<NonNullGraphType<StringGraphType>>("timeZone")
            .Description("Where the user's region keeps its clock (IANA: Asia/Jakarta WIB, Asia/Makassar WITA, Asia/Jayapura WIT): the portal shows times and today's date in it.")
            .Resolve(ctx => RegionTime.Of(ctx.Source.RegionCode).IanaZone);
        Field(u => u.MustChangePassword).Description("Signed in with a one-time password: only changePassword works until it is replaced.");
        Field(u => u.TwoFactorEnabled);
        Field<NonNullGraphType<BooleanGraphType>>("twoFactorRequired")
            .Description("The role must sign in with two factors: until it is on, only the two-factor setup works.")
            .Resolve(ctx => ctx.Service<AccessSettings>().RequiresTwoFactor(ctx.Source.Role));
    }
}

internal sealed class UserRoleType : EnumerationGraphType<UserRole>
{
    public UserRoleType() => Name = "UserRole";

    // The contract names roles as written: ProvinceAdmin, RegencyStaff, VillageOperator, Viewer, BpjsOfficer.
    protected override string ChangeEnumCase(string val) => val;
}
