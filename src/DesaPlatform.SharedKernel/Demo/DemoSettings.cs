using DesaPlatform.SharedKernel.Persistence;
using Microsoft.Extensions.Configuration;

namespace DesaPlatform.SharedKernel.Demo;

/// <summary>
/// <c>Demo:Enabled</c>: demo accounts and sample data (default: on with the embedded database, off with PostgreSQL).
/// <c>Demo:SampleData</c>: in demo mode, start with the synthetic sample (<see cref="SampleDataInitializer"/>); default on.
/// </summary>
public sealed record DemoSettings(bool Enabled, bool SampleData)
{
    public static DemoSettings From(IConfiguration configuration, DatabaseSettings database)
    {
        var enabled = configuration.GetValue("Demo:Enabled", database.IsEmbedded);
        return new(enabled, enabled && configuration.GetValue("Demo:SampleData", true));
    }
}
