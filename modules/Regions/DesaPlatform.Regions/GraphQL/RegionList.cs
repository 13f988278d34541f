using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.GraphQL;

/// <summary>A paged, filterable list of regions, optionally limited to one parent's children.</summary>
internal static class RegionList
{
    public static void AddTo<TSource>(ObjectGraphType<TSource> type, string name, RegionQueryShape shape, Func<TSource?, string?> parentCode) =>
        type.Field<RegionsConnectionType>(name)
            .PagedAndShaped(shape)
            .Argument<BooleanGraphType>("includeRetired", "Also list regions retired from the official list (default false).")
            .ResolveAsync(async ctx =>
            {
                var regions = ctx.Service<RegionsDbContext>().Regions.AsNoTracking();
                if (ctx.GetArgument<bool?>("includeRetired") != true) regions = regions.Where(r => r.RetiredOn == null);
                var parent = parentCode(ctx.Source);
                if (parent is not null) regions = regions.Where(Region.ChildOf(parent));
                var shaped = shape.Apply(regions, ctx, r => r.Code);
                return await PageRequest.From(ctx).ApplyAsync(shaped, ctx.CancellationToken);
            });
}
