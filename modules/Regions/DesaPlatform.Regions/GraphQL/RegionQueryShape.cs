using DesaPlatform.Regions.Domain;
using DesaPlatform.SharedKernel.GraphQL.Filtering;

namespace DesaPlatform.Regions.GraphQL;

internal sealed class RegionQueryShape : QueryShape<Region>
{
    public RegionQueryShape() : base("Region")
    {
        FilterString("code", r => r.Code);
        FilterSearchableString("name", r => r.Name, r => r.SearchName, RegionName.ForSearch);
        FilterEnum<RegionLevel, RegionLevelType>("level", r => r.Level);
        FilterString("parentCode", r => r.ParentCode);
        Sort("code", r => r.Code);
        Sort("name", r => r.Name);
    }
}
