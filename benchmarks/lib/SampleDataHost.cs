using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>
/// The host of the in-process benchmarks: against the database in ConnectionStrings__Desa, migrated and holding the
/// demo's sample data (loaded on the first start), warmed up before anything is timed.
/// </summary>
internal static class SampleDataHost
{
    public static async Task<WebApplicationFactory<Program>> StartAsync()
    {
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Demo:SampleData", "true");
            builder.UseContentRoot(Path.GetFullPath("src/DesaPlatform.Host"));
        });
        var started = Stopwatch.StartNew();
        _ = host.Services;
        using (var warm = host.Server.CreateClient()) await warm.GetAsync("/healthz");
        Console.WriteLine($"host ready (migrated, sample data loaded) in {started.Elapsed.TotalSeconds:0.0} s");
        return host;
    }
}
