using System.Diagnostics;
using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Gap.Find;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Compute;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using DesaPlatform.Targets.Targets.Cost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// The budget gap of Kalimantan Barat (61) for one year — everyone in office priced, the approved plans, the payments, per
// regency — and the cost of reaching its targets under two scenarios, as the page asks for them. The host starts against
// the database in ConnectionStrings__Desa (migrated, demo sample data loaded on first start); each is timed RUNS times.
internal static class BudgetGapBenchmark
{
    // A class of its own: top-level statements would declare a Program beside the host's.
    public static async Task Main()
    {
        var region = Environment.GetEnvironmentVariable("REGION") ?? "61";
        var year = int.Parse(Environment.GetEnvironmentVariable("YEAR") ?? "2026");
        var runs = int.Parse(Environment.GetEnvironmentVariable("RUNS") ?? "3");
        await using var host = await SampleDataHost.StartAsync();
        await SeedAsync(host, region, year);

        for (var run = 1; run <= runs; run++)
        {
            var gap = await TimeAsync(host, services => services.GetRequiredService<BudgetGapHandler>().HandleAsync(region, year, CancellationToken.None));
            Console.WriteLine($"run {run}: budgetGap({region}, {year}) in {gap.Seconds:0.00} s — {gap.Result!.Total.DesaPriced} of {gap.Result.Total.Desa} desa priced, "
                + $"{gap.Result.Total.PeoplePriced} people, needed Rp {gap.Result.Total.Needed:N0}, planned Rp {gap.Result.Total.Planned:N0}, "
                + $"paid Rp {gap.Result.Total.Paid:N0}, {gap.Result.Children.Count} child rows");
            foreach (var switches in new[] { PolicySwitches.None, new PolicySwitches(BpdScheme.Pu, JhtForKepalaDesa: true) })
            {
                var cost = await TimeAsync(host, services => services.GetRequiredService<TargetCostHandler>().HandleAsync(region, year, switches, CancellationToken.None));
                Console.WriteLine($"run {run}: targetCost({region}, {year}, {switches.Name}) in {cost.Seconds:0.00} s — "
                    + $"cost Rp {cost.Result!.Total.Cost.Sum(c => c.Amount):N0}, {cost.Result.Children.Count} child rows");
            }
        }
    }

    /// <summary>
    /// What the sample data lacks for the gap to read everything: an approved plan for every village (as computed) and a
    /// person-coverage target of 80 % for each segment. Once per database.
    /// </summary>
    private static async Task SeedAsync(WebApplicationFactory<Program> host, string region, int year)
    {
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var budgeting = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();
        if (!await budgeting.BudgetPlans.AnyAsync(p => p.Year == year))
        {
            var plans = await scope.ServiceProvider.GetRequiredService<PlanComputer>().ComputeAsync(region, year, DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None);
            foreach (var computed in plans.Values)
            {
                var plan = new BudgetPlan { RegionCode = computed.VillageCode, Year = year, Revision = 0 };
                plan.Take(computed, "benchmark", DateTime.UtcNow);
                plan.Approve(DateTime.UtcNow);
                budgeting.BudgetPlans.Add(plan);
            }
            await budgeting.SaveChangesAsync();
            Console.WriteLine($"seeded {plans.Count} approved plans");
        }
        var targets = scope.ServiceProvider.GetRequiredService<TargetsDbContext>();
        if (!await targets.Targets.AnyAsync(t => t.Year == year && t.Indicator.StartsWith("PERSON_COVERAGE_")))
        {
            foreach (var segment in new[] { "APARATUR_DESA", "BPD", "EKOSISTEM_DESA", "KEPALA_DESA" })
                targets.Targets.Add(new Target { Indicator = "PERSON_COVERAGE_" + segment, RegionCode = region, Year = year, Percent = 80m });
            await targets.SaveChangesAsync();
        }
    }

    private static async Task<(T? Result, double Seconds)> TimeAsync<T>(WebApplicationFactory<Program> host, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var clock = Stopwatch.StartNew();
        var result = await work(scope.ServiceProvider);
        return (result, clock.Elapsed.TotalSeconds);
    }
}
