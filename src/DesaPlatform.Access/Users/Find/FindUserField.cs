using DesaPlatform.Access.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Access.Users.Find;

internal static class FindUserField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<UserType>("user")
            .Description("An account by its user name; null when it does not exist or lies outside your region.")
            .Argument<NonNullGraphType<StringGraphType>>("userName")
            .RequireRoles(Administrators.Roles)
            .ResolveAsync(async ctx =>
            {
                var userName = ctx.Service<UserManager<DesaUser>>().NormalizeName(ctx.GetArgument<string>("userName").Trim());
                return await ctx.Service<DelegationPolicy>().VisibleUsers.AsNoTracking()
                    .FirstOrDefaultAsync(u => u.NormalizedUserName == userName, ctx.CancellationToken);
            });
}
