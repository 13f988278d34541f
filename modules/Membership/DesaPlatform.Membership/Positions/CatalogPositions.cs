using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;

namespace DesaPlatform.Membership.Positions;

internal sealed class CatalogPositions(PositionCatalogCache cache) : IPositionCatalog
{
    public async Task<IReadOnlyList<CatalogPosition>> AllAsync(CancellationToken cancellationToken) =>
        (await cache.AllAsync(cancellationToken))
        .Select(p => new CatalogPosition(p.Code, p.Name, SegmentName(p.Segment), p.Code == Position.KepalaDesa, p.DefaultWageBase))
        .ToList();

    private static string SegmentName(Segment segment) => segment switch
    {
        Segment.AparaturDesa => "APARATUR_DESA",
        Segment.Bpd => "BPD",
        _ => "EKOSISTEM_DESA",
    };
}
