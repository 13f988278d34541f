using DesaPlatform.Membership.Domain;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// The roster as the village works on it: per entry its draft or pending version if there is one, else the official
/// one. Superseded versions are history only.
/// </summary>
internal static class CurrentRoster
{
    public static IQueryable<Person> Of(IQueryable<Person> people) =>
        people.Where(p => p.Status == RosterStatus.Draft || p.Status == RosterStatus.Pending
                          || (p.Status == RosterStatus.Official
                              && !people.Any(change => change.EntryId == p.EntryId
                                                       && (change.Status == RosterStatus.Draft || change.Status == RosterStatus.Pending))));
}
