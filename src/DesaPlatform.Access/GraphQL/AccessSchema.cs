using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.GraphQL;

internal sealed class AccessSchema : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<MeType>("me")
            .Description("The signed-in user; null for an anonymous caller.")
            .AllowAnonymous()
            .ResolveAsync(async ctx =>
            {
                var user = ctx.Service<ICurrentUser>();
                return user.IsAuthenticated && user.UserName is { } name
                    ? await ctx.Service<UserManager<DesaUser>>().FindByNameAsync(name)
                    : null;
            });

    public void AddMutations(ObjectGraphType mutation)
    {
    }
}
