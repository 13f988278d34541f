using DesaPlatform.Regions.Contracts;
using DesaPlatform.Regions.Domain;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Regions;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.GraphQL;

/// <summary>Loads the regions that other types point at (a person's village, a submission's village) in one query per level.</summary>
internal sealed class RegionLoader(RegionsDbContext db, ICurrentUser user) : IRegionLoader
{
    private readonly BatchLoader<string, Region> _loader = new(async (codes, ct) =>
    {
        var found = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, ct);
        if (codes.Contains(RegionCode.Country) && Region.Country(user.Scope) is { } country) found.Add(country.Code, country);
        return found;
    });

    public IDataLoaderResult<Region?> Load(string code) => _loader.Load(code);

    IDataLoaderResult IRegionLoader.Load(string code) => Load(code);
}
