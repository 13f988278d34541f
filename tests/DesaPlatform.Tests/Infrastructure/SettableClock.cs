using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Tests.Infrastructure;

/// <summary>A clock a test moves, for what depends on the day: approvals in the past, figures as of a year end.</summary>
public sealed class SettableClock(DateTime utcNow) : IClock
{
    public DateTime UtcNow { get; set; } = utcNow;
}
