using DesaPlatform.Regions.GraphQL;
using DesaPlatform.Regions.Regions.Find;
using DesaPlatform.Regions.Regions.Import;
using DesaPlatform.Regions.Regions.List;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Regions;

internal sealed class RegionsSchema(RegionQueryShape shape) : ISchemaContribution
{
    public void AddQueries(ObjectGraphType query)
    {
        FindRegionField.AddTo(query);
        ListRegionsField.AddTo(query, shape);
    }

    public void AddMutations(ObjectGraphType mutation) => ImportRegionsField.AddTo(mutation);

    public IEnumerable<Type> SharedTypes => [typeof(RegionType)];
}
