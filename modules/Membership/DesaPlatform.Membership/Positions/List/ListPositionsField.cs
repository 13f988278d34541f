using DesaPlatform.Membership.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Membership.Positions.List;

internal static class ListPositionsField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("positions")
            .Description("The position catalog, in display order.")
            .ResolveAsync(async ctx => await ctx.Service<PositionCatalogCache>().AllAsync(ctx.CancellationToken));
}
