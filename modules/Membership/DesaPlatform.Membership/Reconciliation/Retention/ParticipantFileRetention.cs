using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DesaPlatform.Membership.Reconciliation.Retention;

/// <summary>Deletes the uploaded BPJS files older than the retention setting; the lists' name, hash and date, and the results, stay.</summary>
internal sealed class ParticipantFileRetention(MembershipDbContext db, ReconciliationSettings settings, IClock clock)
{
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.UtcNow.AddDays(-settings.FileRetentionDays);
        var expired = await db.ParticipantLists.Where(l => l.File != null && l.UploadedAt < cutoff).ToListAsync(cancellationToken);
        foreach (var list in expired) list.DeleteFile(clock.UtcNow);
        if (expired.Count > 0) await db.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }
}

/// <summary>Every hour, as the system, runs <see cref="ParticipantFileRetention"/>.</summary>
internal sealed class ParticipantFileExpiry(IServiceScopeFactory scopes, ILogger<ParticipantFileExpiry> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
                var deleted = await scope.ServiceProvider.GetRequiredService<ParticipantFileRetention>().DeleteExpiredAsync(stoppingToken);
                if (deleted > 0) logger.LogInformation("Deleted {Files} BPJS participant files past their retention", deleted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be restarting: the next tick tries again.
                logger.LogWarning("Deleting expired BPJS participant files failed: {Error}", e.GetType().Name);
            }
        }
    }
}
