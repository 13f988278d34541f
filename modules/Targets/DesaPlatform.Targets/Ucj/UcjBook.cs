using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Ucj;

/// <summary>
/// The UCJ inputs of some regions, to answer which one is in force on a day: the region's own latest month not after
/// it. A province's figure is its own input, never a sum of its regencies' (they are rarely all entered).
/// </summary>
internal sealed class UcjBook(IReadOnlyList<UcjInput> inputs)
{
    private readonly ILookup<string, UcjInput> _byRegion = inputs.OrderByDescending(i => i.Period).ToLookup(i => i.RegionCode);

    public UcjInput? InForce(string regionCode, DateOnly day) => _byRegion[regionCode].FirstOrDefault(i => i.Period <= day);
}

internal sealed class UcjBookReader(TargetsDbContext db)
{
    public async Task<UcjBook> ReadAsync(IEnumerable<string> regionCodes, DateOnly until, CancellationToken cancellationToken)
    {
        var codes = regionCodes.ToList();
        return new UcjBook(await db.UcjInputs.AsNoTracking().Where(i => codes.Contains(i.RegionCode) && i.Period <= until).ToListAsync(cancellationToken));
    }
}
