using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.Notify;

/// <summary>
/// Budget plans in the notification list, read from the workflow's state as the rosters' are: for a reviewer the plans
/// of the level they review that wait for them (a regency's staff: their villages'; a province admin: their
/// regencies'), for a submitter the news of their own plans (returned, reopened, freshly approved).
/// </summary>
internal sealed class BudgetPlanNotifications(BudgetingDbContext db, IRegionDirectory regions, ICurrentUser user) : INotificationSource
{
    private const int MaxItems = 20;

    public async Task<IReadOnlyList<Notification>> ForReaderAsync(DateTime now, CancellationToken cancellationToken)
    {
        var notifications = new List<Notification>();
        if (PlanLevel.All.FirstOrDefault(l => l.Roles.Reviewer == user.Role) is { } reviewed)
            notifications.AddRange(await WaitingAsync(reviewed.CodeLength, cancellationToken));
        if (PlanLevel.All.FirstOrDefault(l => l.Roles.Submitter == user.Role) is { } own)
            notifications.AddRange(await NewsAsync(own.CodeLength, now, cancellationToken));
        return notifications;
    }

    private async Task<IEnumerable<Notification>> WaitingAsync(int codeLength, CancellationToken cancellationToken)
    {
        var waiting = await db.BudgetPlanSubmissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.Submitted && s.RegionCode.Length == codeLength)
            .OrderBy(s => s.SubmittedAt).Take(MaxItems).ToListAsync(cancellationToken);
        var names = await regions.NamesAsync(waiting.Select(s => s.RegionCode).Distinct().ToList(), cancellationToken);
        return waiting.Select(s => new Notification("BUDGET_PLAN_WAITING",
            $"Rencana anggaran {s.Year} {names.GetValueOrDefault(s.RegionCode, s.RegionCode)} menunggu persetujuan Anda.",
            s.RegionCode, s.Id, s.SubmittedAt, s.Year));
    }

    private async Task<IEnumerable<Notification>> NewsAsync(int codeLength, DateTime now, CancellationToken cancellationToken)
    {
        var recent = await db.BudgetPlanSubmissions.AsNoTracking().Where(s => s.RegionCode.Length == codeLength)
            .OrderByDescending(s => s.SubmittedAt).Take(MaxItems).ToListAsync(cancellationToken);
        return recent.GroupBy(s => (s.RegionCode, s.Year)).Select(g => g.First()).SelectMany(s => ApprovalNews.ForSubmitter(s, now) switch
        {
            SubmissionStatus.Returned => [new Notification("BUDGET_PLAN_RETURNED", $"Rencana anggaran {s.Year} dikembalikan: {s.Reason}", s.RegionCode, s.Id, s.ReviewedAt, s.Year)],
            SubmissionStatus.Reopened => [new Notification("BUDGET_PLAN_REOPENED", $"Persetujuan rencana anggaran {s.Year} dibuka kembali: {s.Reason}", s.RegionCode, s.Id, s.ReviewedAt, s.Year)],
            SubmissionStatus.Approved => [new Notification("BUDGET_PLAN_APPROVED", $"Rencana anggaran {s.Year} telah disetujui.", s.RegionCode, s.Id, s.ReviewedAt, s.Year)],
            _ => Array.Empty<Notification>(),
        });
    }
}
