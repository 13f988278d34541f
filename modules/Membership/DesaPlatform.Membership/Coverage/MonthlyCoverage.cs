using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// Keeps every village's approved roster at the end of each closed month (<see cref="VillageMonth"/>), so that a
/// monthly series is read rather than counted from the history again. A month closes once every time zone has
/// finished it (the last <see cref="KeptMonths"/> months); approvals happen now, so a closed month changes only when an
/// approval is reopened, and <see cref="RecountAsync"/> then counts that village again from the approval's month on.
/// Either way the regions above are rolled up again (<see cref="RegionMonths"/>) in the same transaction.
/// </summary>
internal sealed class MonthlyCoverage(MembershipDbContext db, ApprovedRosterCounts history, RegionMonths regions, LockRows locks, IClock clock)
{
    public const int KeptMonths = 36;
    public const int VillageCodeLength = 13;

    public static string Key(DateOnly day) => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly MonthEnd(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>Counts the months among the last <see cref="KeptMonths"/> that closed since; returns how many.</summary>
    public async Task<int> CloseAsync(CancellationToken cancellationToken)
    {
        var closed = (await db.ClosedMonths.Select(m => m.Month).ToListAsync(cancellationToken)).ToHashSet();
        // WIB is the last zone to finish a day.
        var today = RegionTime.Wib.DayOf(clock.UtcNow);
        var lastEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var due = Enumerable.Range(0, KeptMonths).Select(back => MonthEnd(lastEnd.AddMonths(-back))).Where(end => !closed.Contains(Key(end))).ToList();
        if (due.Count == 0) return 0;
        var provinces = await db.People.Where(p => p.ApprovedAt != null).Select(p => p.RegionCode.Substring(0, 2)).Distinct().ToListAsync(cancellationToken);
        // Months that ended before the first approval have nothing to count (closed all the same).
        var firstApproval = await db.People.MinAsync(p => p.ApprovedAt, cancellationToken);
        foreach (var end in due)
        {
            var counted = firstApproval is { } first && RegionTime.Wib.StartOfDayUtc(end.AddDays(1)) > first ? provinces : [];
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await locks.TakeAsync(RegionCode.Country, ct);
                await db.VillageMonths.Where(m => m.Month == Key(end)).ExecuteDeleteAsync(ct);
                // Each province on its own calendar day.
                foreach (var province in counted) await WriteAsync(province, end, ct);
                await regions.RollUpAsync([Key(end)], null, ct);
                db.ClosedMonths.Add(new ClosedMonth { Month = Key(end), ClosedAt = clock.UtcNow });
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                db.ChangeTracker.Clear();
            }, cancellationToken);
        }
        return due.Count;
    }

    /// <summary>Forgets every closed month, to count them all again (the rebuild command).</summary>
    public async Task ForgetAsync(CancellationToken cancellationToken)
    {
        await db.VillageMonths.ExecuteDeleteAsync(cancellationToken);
        await regions.ForgetAsync(cancellationToken);
        await db.ClosedMonths.ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Counts one village again for every closed month from <paramref name="from"/>'s on, in the caller's transaction
    /// (after a reopened approval, whose versions no longer count for those months).
    /// </summary>
    public async Task RecountAsync(string villageCode, DateOnly from, CancellationToken cancellationToken)
    {
        await locks.TakeAsync(RegionCode.Country, cancellationToken);
        var months = (await db.ClosedMonths.Select(m => m.Month).ToListAsync(cancellationToken))
            .Where(month => string.CompareOrdinal(month, Key(from)) >= 0).ToList();
        if (months.Count == 0) return;
        await db.VillageMonths.Where(m => m.RegionCode == villageCode && months.Contains(m.Month)).ExecuteDeleteAsync(cancellationToken);
        foreach (var month in months) await WriteAsync(villageCode, MonthEnd(DateOnly.ParseExact(month + "-01", "yyyy-MM-dd")), cancellationToken);
        await regions.RollUpAsync(months, villageCode, cancellationToken);
    }

    private async Task WriteAsync(string rootCode, DateOnly end, CancellationToken cancellationToken)
    {
        var villages = await history.HistoryCounts(rootCode, end, VillageCodeLength).ToListAsync(cancellationToken);
        var rows = villages.Select(v => new VillageMonth
        {
            Month = Key(end), RegionCode = v.RegionCode, Segment = v.Segment, InOffice = v.InOffice, Covered = v.Covered,
            HeadInOffice = v.HeadInOffice, HeadCovered = v.HeadCovered,
        }).ToList();
        if (rows.Count > 0) await db.InsertInBulkAsync(rows, cancellationToken);
    }
}
