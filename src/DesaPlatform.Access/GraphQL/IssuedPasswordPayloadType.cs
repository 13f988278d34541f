using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.GraphQL;

/// <summary><c>{ user, initialPassword, errors }</c>: for the fields that hand over a one-time password.</summary>
internal abstract class IssuedPasswordPayloadType : ObjectGraphType<Payload<IssuedPassword>>
{
    protected IssuedPasswordPayloadType(string name)
    {
        Name = name;
        Field<UserType>("user").Resolve(ctx => ctx.Source.Result?.User);
        Field<StringGraphType>("initialPassword")
            .Description("One-time password, shown only in this answer: the user must replace it at the first sign-in.")
            .Resolve(ctx => ctx.Source.Result?.InitialPassword);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
