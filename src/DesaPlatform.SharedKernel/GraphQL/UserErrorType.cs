using GraphQL.Types;

namespace DesaPlatform.SharedKernel.GraphQL;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Field(e => e.Code);
        Field(e => e.Message);
        Field(e => e.Field, nullable: true);
        this.Values(e => e.Values);
    }
}
