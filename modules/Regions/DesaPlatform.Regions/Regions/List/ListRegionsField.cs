using DesaPlatform.Regions.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Regions.Regions.List;

internal static class ListRegionsField
{
    public static void AddTo(ObjectGraphType query, RegionQueryShape shape) =>
        RegionList.AddTo<object?>(query, "regions", shape, _ => null);
}
