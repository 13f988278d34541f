using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Membership.Positions;

/// <summary>
/// The position catalog, read once per process: it is reference data, seeded at start-up and never edited while a
/// host runs. A read that failed (the database restarting) is tried again by the next caller.
/// </summary>
internal sealed class PositionCatalogCache(IServiceScopeFactory scopes)
{
    private Task<IReadOnlyDictionary<string, Position>>? _positions;

    /// <summary>By code, in catalog order.</summary>
    public async Task<IReadOnlyDictionary<string, Position>> ByCodeAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var loading = _positions;
        if (loading is null || loading.IsFaulted || loading.IsCanceled)
        {
            loading = LoadAsync();
            _positions = loading;
        }
        return await loading;
    }

    public async Task<IReadOnlyCollection<Position>> AllAsync(CancellationToken cancellationToken) =>
        (await ByCodeAsync(cancellationToken)).Values.ToList();

    public async Task<Position?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await ByCodeAsync(cancellationToken)).GetValueOrDefault(code);

    // Not cancelled with the request that happened to ask first: others may be waiting for the same read.
    private async Task<IReadOnlyDictionary<string, Position>> LoadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var positions = await db.Positions.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync();
        return positions.ToDictionary(p => p.Code);
    }
}
