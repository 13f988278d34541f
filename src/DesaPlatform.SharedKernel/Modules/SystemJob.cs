using DesaPlatform.SharedKernel.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DesaPlatform.SharedKernel.Modules;

/// <summary>
/// Work the host does on its own every <see cref="Interval"/>, as the system, in a scope of its own. A failed round
/// (the database restarting) is logged by its type alone — no data in the log — and the next tick tries again.
/// </summary>
public abstract class SystemJob(IServiceScopeFactory scopes, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>One round, with the scope's services; logs what it did.</summary>
    protected abstract Task RunAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
                await RunAsync(scope.ServiceProvider, logger, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("{Job} failed, trying again at the next tick: {Error}", GetType().Name, e.GetType().Name);
            }
        }
    }
}
