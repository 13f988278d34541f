namespace DesaPlatform.Membership.Persistence;

/// <summary>A village's row that every change of its roster updates first (see <see cref="Roster.RosterLock"/>), or a district's or the country's (<see cref="LockRows"/>).</summary>
internal sealed class RosterLockRow
{
    public required string VillageCode { get; init; }

    /// <summary>How often a change took the lock: the update is what counts, the number only tells it happened.</summary>
    public int Changes { get; init; }
}
