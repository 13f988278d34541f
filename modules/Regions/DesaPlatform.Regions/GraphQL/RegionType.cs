using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.GraphQL;

internal sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType(RegionQueryShape shape)
    {
        Name = "Region";
        Field(r => r.Code);
        Field(r => r.Name);
        Field<NonNullGraphType<RegionLevelType>>("level").Resolve(ctx => ctx.Source.Level);
        Field<RegionKindType>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(r => r.ParentCode, nullable: true);
        Field(r => r.RetiredOn, nullable: true).Description("When the region left the official list; null while it is on it.");
        RegionList.AddTo(this, "children", shape, region => region!.Code);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("ancestors")
            .Description("The regions above this one, province first (for breadcrumbs).")
            .Resolve(ctx => ctx.Service<AncestorLoader>().Load(ctx.Source.Code));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionCountType>>>>("counts")
            .Description("Active regions under this one, by level and kind.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.Source.Code;
                return await ctx.Service<RegionsDbContext>().Regions
                    .Where(RegionScope.Under(code).Predicate<Region>(r => r.Code))
                    .Where(r => r.RetiredOn == null && r.Code != code)
                    .GroupBy(r => new { r.Level, r.Kind })
                    .Select(g => new RegionCount(g.Key.Level, g.Key.Kind, g.Count()))
                    .ToListAsync(ctx.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionChangeType>>>>("history")
            .Description("What imports changed in this region, oldest first.")
            .ResolveAsync(async ctx => await ctx.Service<RegionsDbContext>().RegionChanges.AsNoTracking()
                .Where(c => c.RegionCode == ctx.Source.Code).OrderBy(c => c.Id).ToListAsync(ctx.CancellationToken));
    }
}
