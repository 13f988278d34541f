using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Positions;

/// <summary>Request-scoped: the catalog is read once however many people a page shows.</summary>
internal sealed class PositionCatalogCache(MembershipDbContext db)
{
    private Dictionary<string, Position>? _positions;

    public async Task<IReadOnlyCollection<Position>> AllAsync(CancellationToken cancellationToken)
    {
        _positions ??= await db.Positions.AsNoTracking().OrderBy(p => p.SortOrder).ToDictionaryAsync(p => p.Code, cancellationToken);
        return _positions.Values;
    }

    public async Task<Position?> FindAsync(string code, CancellationToken cancellationToken)
    {
        await AllAsync(cancellationToken);
        return _positions!.GetValueOrDefault(code);
    }
}
