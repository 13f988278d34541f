using DesaPlatform.SharedKernel.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// Every few minutes, keeps the new count of the villages whose kept coverage the calendar expired (a term began or
/// ended, an enrollment started), and counts the months that closed. Reports are right without it — they count
/// expired villages and open months afresh — only slower.
/// </summary>
internal sealed class CoverageExpiry(IServiceScopeFactory scopes, ILogger<CoverageExpiry> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
                var villages = await scope.ServiceProvider.GetRequiredService<CoverageKeeper>().RecountExpiredAsync(stoppingToken);
                if (villages > 0) logger.LogInformation("Recounted the coverage of {Villages} villages the calendar changed", villages);
                var months = await scope.ServiceProvider.GetRequiredService<MonthlyCoverage>().CloseAsync(stoppingToken);
                if (months > 0) logger.LogInformation("Counted {Months} closed months", months);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be restarting: the next tick tries again, and reports stay right meanwhile.
                logger.LogWarning("Recounting expired coverage failed: {Error}", e.GetType().Name);
            }
        }
    }
}
