using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Access.GraphQL;

internal sealed class AccessSchema(UserQueryShape shape) : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
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

        query.Field<UsersConnectionType>("users")
            .Description("The accounts of your region and everything under it.")
            .RequireRoles(UserRole.ProvinceAdmin, UserRole.RegencyStaff)
            .PagedAndShaped(shape)
            .ResolveAsync(async ctx =>
            {
                var users = shape.Apply(ctx.Service<DelegationPolicy>().VisibleUsers.AsNoTracking(), ctx, u => u.UserName!);
                return await PageRequest.From(ctx).ApplyAsync(users, ctx.CancellationToken);
            });

        query.Field<UserType>("user")
            .Description("An account by its user name; null when it does not exist or lies outside your region.")
            .Argument<NonNullGraphType<StringGraphType>>("userName")
            .RequireRoles(UserRole.ProvinceAdmin, UserRole.RegencyStaff)
            .ResolveAsync(async ctx =>
            {
                var userName = ctx.Service<UserManager<DesaUser>>().NormalizeName(ctx.GetArgument<string>("userName").Trim());
                return await ctx.Service<DelegationPolicy>().VisibleUsers.AsNoTracking()
                    .FirstOrDefaultAsync(u => u.NormalizedUserName == userName, ctx.CancellationToken);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        UserManagementMutations.AddTo(mutation);
        OwnAccountMutations.AddTo(mutation);
    }
}
