using DesaPlatform.Membership.GraphQL;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.Find;

internal static class FindPersonField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<PersonType>("person")
            .Description("One version of a roster entry (current or history).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<Guid>("id");
                return await ctx.Service<MembershipDbContext>().People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ctx.CancellationToken);
            });
}
