using DesaPlatform.Regions.Domain;
using GraphQL.Types;

namespace DesaPlatform.Regions.GraphQL;

internal sealed record RegionCount(RegionLevel Level, RegionKind? Kind, int Count);

internal sealed class RegionCountType : ObjectGraphType<RegionCount>
{
    public RegionCountType()
    {
        Name = "RegionCount";
        Field<NonNullGraphType<RegionLevelType>>("level").Resolve(ctx => ctx.Source.Level);
        Field<RegionKindType>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(c => c.Count);
    }
}
