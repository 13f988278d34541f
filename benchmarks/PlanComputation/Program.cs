using System.Diagnostics;
using DesaPlatform.Budgeting.Plans.Compute;
using DesaPlatform.SharedKernel.Access;
using Microsoft.Extensions.DependencyInjection;

// Computes the budget plans of every village of Kalimantan Barat (61) for one year, as the batch does: one read of the
// approved rosters, the policies and the rates, one quote per distinct premium. The host starts against the database
// in ConnectionStrings__Desa (migrated, demo sample data loaded on first start); the computation is timed RUNS times.
internal static class PlanBenchmark
{
    // A class of its own: top-level statements would declare a Program beside the host's.
    public static async Task Main()
    {
        var year = int.Parse(Environment.GetEnvironmentVariable("YEAR") ?? "2026");
        var runs = int.Parse(Environment.GetEnvironmentVariable("RUNS") ?? "3");
        var rosterAsOf = DateOnly.Parse(Environment.GetEnvironmentVariable("ROSTER_AS_OF") ?? DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await using var host = await SampleDataHost.StartAsync();

        for (var run = 1; run <= runs; run++)
        {
            using var scope = host.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            var computer = scope.ServiceProvider.GetRequiredService<PlanComputer>();
            var clock = Stopwatch.StartNew();
            var plans = await computer.ComputeAsync("61", year, rosterAsOf, CancellationToken.None);
            clock.Stop();
            Console.WriteLine($"run {run}: roster as of {rosterAsOf:yyyy-MM-dd}, {plans.Count} village plans, {plans.Values.Sum(p => p.Members.Count)} people, "
                + $"{plans.Values.Sum(p => p.AllLines.Count)} lines, APBDes total Rp {plans.Values.Sum(p => p.VillageLines.Sum(l => l.Total)):N0} "
                + $"in {clock.Elapsed.TotalSeconds:0.00} s");
        }
    }
}
