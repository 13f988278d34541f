using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Notifications;

/// <summary>
/// What waits for whom, read from the workflow's state rather than stored, so it can never disagree with it: regency
/// staff see submissions waiting for review; a village operator sees a returned or reopened roster, a fresh approval
/// and draft changes not yet sent. Other modules add theirs (<see cref="INotificationSource"/>).
/// </summary>
internal sealed class NotificationsHandler(MembershipDbContext db, IRegionDirectory regions, ICurrentUser user, IEnumerable<INotificationSource> sources)
{
    private const int MaxItems = 20;

    public async Task<List<Notification>> HandleAsync(DateTime now, CancellationToken cancellationToken)
    {
        var notifications = user.Role switch
        {
            UserRole.RegencyStaff => await WaitingForReviewAsync(cancellationToken),
            UserRole.VillageOperator => await ForVillageAsync(now, cancellationToken),
            _ => [],
        };
        foreach (var source in sources) notifications.AddRange(await source.ForReaderAsync(now, cancellationToken));
        return notifications.Take(MaxItems).ToList();
    }

    private async Task<List<Notification>> WaitingForReviewAsync(CancellationToken cancellationToken)
    {
        var waiting = await db.Submissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.Submitted)
            .OrderBy(s => s.SubmittedAt).Take(MaxItems)
            .ToListAsync(cancellationToken);
        var names = await regions.NamesAsync(waiting.Select(s => s.RegionCode).Distinct().ToList(), cancellationToken);
        return waiting
            .Select(s => new Notification("SUBMISSION_WAITING",
                $"Pengajuan desa {names.GetValueOrDefault(s.RegionCode, s.RegionCode)} ({s.PeopleCount} perubahan) menunggu persetujuan Anda.",
                s.RegionCode, s.Id, s.SubmittedAt))
            .ToList();
    }

    private async Task<List<Notification>> ForVillageAsync(DateTime now, CancellationToken cancellationToken)
    {
        var notifications = new List<Notification>();
        var recent = await db.Submissions.AsNoTracking()
            .OrderByDescending(s => s.SubmittedAt).Take(MaxItems)
            .ToListAsync(cancellationToken);
        foreach (var s in recent.GroupBy(s => s.RegionCode).Select(g => g.First()))
        {
            var notification = ApprovalNews.ForSubmitter(s, now) switch
            {
                SubmissionStatus.Returned => new Notification("SUBMISSION_RETURNED",
                    $"Pengajuan dikembalikan oleh kabupaten: {s.Reason}", s.RegionCode, s.Id, s.ReviewedAt),
                SubmissionStatus.Reopened => new Notification("APPROVAL_REOPENED",
                    $"Persetujuan dibuka kembali oleh kabupaten: {s.Reason}", s.RegionCode, s.Id, s.ReviewedAt),
                SubmissionStatus.Approved => new Notification("SUBMISSION_APPROVED",
                    $"Pengajuan ({s.PeopleCount} perubahan) telah disetujui.", s.RegionCode, s.Id, s.ReviewedAt),
                _ => null,
            };
            if (notification is not null) notifications.Add(notification);
        }
        var drafts = await db.People.AsNoTracking().Where(p => p.Status == RosterStatus.Draft)
            .GroupBy(p => p.RegionCode).Select(g => new { Village = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        notifications.AddRange(drafts.Select(d => new Notification("DRAFT_NOT_SUBMITTED",
            $"{d.Count} perubahan draf belum diajukan ke kabupaten.", d.Village, null, null)));
        return notifications.Take(MaxItems).ToList();
    }
}
