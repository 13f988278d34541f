using DesaPlatform.Access.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Access.Users.List;

internal static class ListUsersField
{
    public static void AddTo(ObjectGraphType query, UserQueryShape shape) =>
        query.Field<UsersConnectionType>("users")
            .Description("The accounts of your region and everything under it.")
            .RequireRoles(Administrators.Roles)
            .PagedAndShaped(shape)
            .ResolveAsync(async ctx =>
            {
                var users = shape.Apply(ctx.Service<DelegationPolicy>().VisibleUsers.AsNoTracking(), ctx, u => u.UserName!);
                return await PageRequest.From(ctx).ApplyAsync(users, ctx.CancellationToken);
            });
}
