using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Targets.Book;

internal sealed class TargetBookReader(TargetsDbContext db)
{
    // Targets are policy figures, not personal data: a region inherits its ancestor's, so the ancestors' are read
    // outside the caller's scope on purpose — for the ancestors of regions the caller asked about only.
    /// <param name="year">One year's targets; every year's when null.</param>
    public async Task<TargetBook> ReadAsync(int? year, IEnumerable<string> regionCodes, CancellationToken cancellationToken)
    {
        var codes = TargetBook.Lineages(regionCodes);
        List<Target> targets = await db.Targets.IgnoreQueryFilters().AsNoTracking()
            .Where(t => (year == null || t.Year == year) && codes.Contains(t.RegionCode))
            .ToListAsync(cancellationToken);
        return new TargetBook(targets);
    }
}
