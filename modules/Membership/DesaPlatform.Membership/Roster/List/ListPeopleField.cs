using DesaPlatform.Membership.GraphQL;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.List;

internal static class ListPeopleField
{
    private static readonly PeopleTotal Total = new();

    public static void AddTo(ObjectGraphType query, PersonQueryShape shape) =>
        query.Field<PeopleConnectionType>("people")
            .Description("The current roster entries in your scope (per entry its draft or pending change if any, else the official version); filter by villageCode for one village.")
            .PagedAndShaped(shape)
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Service<MembershipDbContext>();
                // By village, then id: the order of the (RegionCode, Id) index, so a page is read in order and stops after its rows.
                var people = PersonProjection.Selected(shape.Apply(CurrentRoster.Of(db.People.AsNoTracking()), ctx, p => p.RegionCode, p => p.Id), ctx);
                var total = Total.FromSummary(db, ctx.GetArgument<Dictionary<string, object?>?>("where"));
                return await PageRequest.From(ctx).ApplyAsync(people, ctx.CancellationToken, total);
            });
}
