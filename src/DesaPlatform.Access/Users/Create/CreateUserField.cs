using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Access.Users.Create;

internal static class CreateUserField
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CreateUserPayloadType>>("createUser")
            .Description("Creates an account with a one-time password, within the roles and region you may give.")
            .Argument<NonNullGraphType<CreateUserInputType>>("input")
            .RequireRoles(Administrators.Roles)
            .ResolveAsync(async ctx => await ctx.Service<CreateUserHandler>()
                .HandleAsync(ctx.GetArgument<CreateUserInput>("input"), ctx.CancellationToken));
}
