using DesaPlatform.SharedKernel.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// Every few minutes, keeps the new count of the villages whose kept coverage the calendar expired (a term began or
/// ended, an enrollment started), and counts the months that closed. Reports are right without it — they count
/// expired villages and open months afresh — only slower.
/// </summary>
internal sealed class CoverageExpiry(IServiceScopeFactory scopes, ILogger<CoverageExpiry> logger) : SystemJob(scopes, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(5);

    protected override async Task RunAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var villages = await services.GetRequiredService<CoverageKeeper>().RecountExpiredAsync(cancellationToken);
        if (villages > 0) logger.LogInformation("Recounted the coverage of {Villages} villages the calendar changed", villages);
        var months = await services.GetRequiredService<MonthlyCoverage>().CloseAsync(cancellationToken);
        if (months > 0) logger.LogInformation("Counted {Months} closed months", months);
    }
}
