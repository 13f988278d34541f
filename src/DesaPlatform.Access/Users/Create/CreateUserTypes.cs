using DesaPlatform.Access.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Users.Create;

internal sealed class CreateUserInputType : InputObjectGraphType<CreateUserInput>
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Field(i => i.UserName).Description("3–50 characters: lower-case letters, digits, '.', '_' or '-'.");
        Field(i => i.FullName);
        Field<NonNullGraphType<UserRoleType>>("role");
        Field(i => i.RegionCode).Description("Province for ProvinceAdmin, regency for RegencyStaff, village for VillageOperator, any for Viewer and BpjsOfficer.");
        Field(i => i.Email, nullable: true);
        Field(i => i.PhoneNumber, nullable: true);
    }
}

internal sealed class CreateUserPayloadType() : IssuedPasswordPayloadType("CreateUserPayload");
