namespace DesaPlatform.Membership.Domain;

/// <summary>
/// A roster entry's versions: the village edits a Draft; submitted it is Pending; approved it becomes Official and
/// the Official version it replaced becomes Superseded (kept as history, never shown as current).
/// </summary>
internal enum RosterStatus
{
    Draft,
    Pending,
    Official,
    Superseded,
}
