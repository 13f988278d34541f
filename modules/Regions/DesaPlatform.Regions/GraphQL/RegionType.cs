using DesaPlatform.Regions.Domain;
using GraphQL.Types;

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
        RegionList.AddTo(this, "children", shape, region => region!.Code);
    }
}
