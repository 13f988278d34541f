using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.Summary;

/// <summary>
/// A village's roster figures over the whole roster. Draft content is for those who keep or review rosters (the same
/// readers who may read NIK); everyone else gets the approved figures only.
/// </summary>
internal sealed class RosterSummaryHandler(MembershipDbContext db, Villages villages, ICurrentUser user, IClock clock)
{
    public async Task<VillageRosterSummary?> HandleAsync(string villageCode, CancellationToken cancellationToken)
    {
        var (village, _) = await villages.FindAsync(villageCode, cancellationToken);
        if (village is null) return null;
        var people = db.People.AsNoTracking().Where(p => p.RegionCode == villageCode);
        var today = clock.TodayIn(villageCode);
        var official = await RosterFiguresQuery.CountAsync(people.Where(p => p.Status == RosterStatus.Official), today, cancellationToken);
        var current = user.MayReadNik() ? await RosterFiguresQuery.CountAsync(CurrentRoster.Of(people), today, cancellationToken) : null;
        return new VillageRosterSummary(villageCode, official, current);
    }
}
