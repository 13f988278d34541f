using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.DataLoader;

namespace DesaPlatform.Budgeting.GraphQL;

/// <summary>
/// The names of the regions a page of Budgeting rows shows, in one read: names are public reference data, also above
/// the reader's scope (a village reads its regency's funding policy).
/// </summary>
internal sealed class RegionNames(IRegionDirectory regions)
{
    private readonly BatchLoader<string, string> _names = new(async (codes, ct) => await regions.NamesAsync(codes, ct));

    public IDataLoaderResult<string> Load(string code) => _names.Load(code).Then(name => name ?? code);
}
