using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
internal sealed class ParticipantFileExpiry(IServiceScopeFactory scopes, ILogger<ParticipantFileExpiry> logger) : SystemJob(scopes, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var deleted = await services.GetRequiredService<ParticipantFileRetention>().DeleteExpiredAsync(cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Files} BPJS participant files past their retention", deleted);
    }
}
