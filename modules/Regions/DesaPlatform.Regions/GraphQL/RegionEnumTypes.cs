using DesaPlatform.Regions.Domain;
using GraphQL.Types;

namespace DesaPlatform.Regions.GraphQL;

internal sealed class RegionLevelType : EnumerationGraphType<RegionLevel>
{
    public RegionLevelType() => Name = "RegionLevel";
}

internal sealed class RegionKindType : EnumerationGraphType<RegionKind>
{
    public RegionKindType() => Name = "RegionKind";
}
