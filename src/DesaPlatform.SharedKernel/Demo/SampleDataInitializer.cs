using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.SharedKernel.Demo;

/// <summary>
/// One kind of synthetic demo data (the rosters; later the monev findings), clearly labelled as such. Written at
/// start-up when <see cref="DemoSettings.SampleData"/> is on, once: only into a database that holds none of its kind,
/// so a restart adds nothing and real data is never mixed with it. A module registers it after its own initializers.
/// </summary>
public abstract class SampleDataInitializer(DemoSettings demo) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!demo.SampleData || await HoldsDataAsync(cancellationToken)) return;
        await WriteAsync(cancellationToken);
    }

    /// <summary>Whether the database holds data of this kind already (sample or real).</summary>
    protected abstract Task<bool> HoldsDataAsync(CancellationToken cancellationToken);

    protected abstract Task WriteAsync(CancellationToken cancellationToken);
}
