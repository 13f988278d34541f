namespace DesaPlatform.Membership.Contracts;

/// <summary>The position catalog as other modules see it: every position, in display order.</summary>
public interface IPositionCatalog
{
    Task<IReadOnlyList<CatalogPosition>> AllAsync(CancellationToken cancellationToken);
}

/// <param name="Segment">APARATUR_DESA, BPD or EKOSISTEM_DESA (see <see cref="RosterCounts.Segments"/>).</param>
/// <param name="IsVillageHead">The kepala desa, who is also aparatur desa.</param>
/// <param name="DefaultWageBase">The PP 11/2019 siltap minimum of the position; 0 where there is none.</param>
public sealed record CatalogPosition(string Code, string Name, string Segment, bool IsVillageHead, decimal DefaultWageBase);
