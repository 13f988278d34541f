using DesaPlatform.Access.GraphQL;
using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;

namespace DesaPlatform.Access.Account.Me;

internal static class MeField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<MeType>("me")
            .Description("The signed-in user; null for an anonymous caller.")
            .AllowAnonymous()
            .AllowDuringAccountSetup()
            .ResolveAsync(async ctx =>
            {
                var user = ctx.Service<ICurrentUser>();
                return user.IsAuthenticated && user.UserName is { } name
                    ? await ctx.Service<UserManager<DesaUser>>().FindByNameAsync(name)
                    : null;
            });
}
