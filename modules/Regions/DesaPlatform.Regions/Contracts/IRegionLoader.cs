using GraphQL.DataLoader;

namespace DesaPlatform.Regions.Contracts;

/// <summary>For other modules' GraphQL fields of type <c>Region</c>: batches the lookups of one request level.</summary>
public interface IRegionLoader
{
    IDataLoaderResult Load(string code);
}
