using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.FollowUps.Overdue;

/// <summary>
/// One notification per desa with overdue follow-ups, the longest overdue first: for a desa operator those the desa
/// owns, for regency staff and province admins all in their scope (they chase them). Viewers only read.
/// </summary>
internal sealed class OverdueNotifications(TargetsDbContext db, IRegionDirectory regions, ICurrentUser user, IClock clock) : INotificationSource
{
    private const int MaxItems = 20;

    public async Task<IReadOnlyList<Notification>> ForReaderAsync(DateTime now, CancellationToken cancellationToken)
    {
        if (user.Role is not (UserRole.VillageOperator or UserRole.RegencyStaff or UserRole.ProvinceAdmin)) return [];
        var actions = db.FollowUpActions.AsNoTracking().Where(FollowUpAction.OverdueOn(clock.TodayIn(user.Scope.RootCode ?? "")));
        if (user.Role == UserRole.VillageOperator) actions = actions.Where(a => a.Owner == ActionOwner.Village);
        var villages = await actions
            .GroupBy(a => a.RegionCode)
            .Select(g => new { Village = g.Key, Count = g.Count(), Since = g.Min(a => a.DueDate) })
            .OrderBy(v => v.Since).ThenBy(v => v.Village).Take(MaxItems)
            .ToListAsync(cancellationToken);
        var names = await regions.NamesAsync(villages.Select(v => v.Village).ToList(), cancellationToken);
        return villages.Select(v => new Notification("ACTION_OVERDUE",
                $"{v.Count} tindak lanjut monev desa {names.GetValueOrDefault(v.Village, v.Village)} lewat tenggat (sejak {v.Since:dd-MM-yyyy}).",
                v.Village, null, null))
            .ToList();
    }
}
