using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.GraphQL;
using DesaPlatform.Targets.Persistence;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Obstacles.List;

internal static class ListObstaclesField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObstacleType>>>>("obstacles")
            .Description("The monev obstacle catalog: the built-in entries and your province's own.")
            .ResolveAsync(async ctx =>
                await ObstacleCatalog.For(ctx.Service<TargetsDbContext>(), ctx.Service<ICurrentUser>()).ToListAsync(ctx.CancellationToken));
}
