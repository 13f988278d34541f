using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Positions;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// The positions a village may fill only so often (one kepala desa, one sekretaris, six BPD members …), counted on a
/// roster as a change leaves it: what submit, approve, reopen and discard check under the <see cref="RosterLock"/>.
/// </summary>
internal static class PositionCaps
{
    /// <summary>
    /// The refusal if <paramref name="roster"/> (one village's) holds a capped position more often than allowed, of the
    /// positions that the <paramref name="entering"/> versions hold open; a position no change opens is left as it is.
    /// </summary>
    public static async Task<UserError?> OverfilledAsync(PositionCatalogCache catalog, IQueryable<Person> roster, IEnumerable<Person> entering,
        DateOnly today, string field, CancellationToken cancellationToken)
    {
        var opened = entering.Where(p => p.IsOpenOn(today)).Select(p => p.PositionCode).Distinct().ToList();
        if (opened.Count == 0) return null;
        var positions = await catalog.ByCodeAsync(cancellationToken);
        var capped = opened.Select(positions.GetValueOrDefault).OfType<Position>().Where(p => p.MaxPerVillage != null).ToList();
        if (capped.Count == 0) return null;
        var codes = capped.Select(p => p.Code).ToList();
        var held = await roster.Where(p => codes.Contains(p.PositionCode) && (p.TermEnd == null || p.TermEnd >= today))
            .GroupBy(p => p.PositionCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken);
        return capped.OrderBy(p => p.SortOrder).FirstOrDefault(p => held.GetValueOrDefault(p.Code) > p.MaxPerVillage) is { } full
            ? Full(full, field)
            : null;
    }

    public static UserError Full(Position position, string field)
    {
        var max = position.MaxPerVillage.GetValueOrDefault();
        return new UserError("POSITION_FULL", $"Jabatan {position.Name} sudah terisi (paling banyak {max}).", field)
        {
            Values = MessageValues.Of(("position", position.Name), ("max", max)),
        };
    }
}
