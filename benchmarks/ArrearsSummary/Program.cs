using System.Diagnostics;
using DesaPlatform.Budgeting.Arrears;
using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.Targets.Coverage.Report;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// The arrears of every enrolled person of Kalimantan Barat (61) to the last closed month, as arrearsSummary reads them:
// one read of the enrolled people (with their approved history), of the payments, of the policies per year and of the
// rate table; then the coverage report of the province, which now carries the ARREARS indicator. The host starts against
// the database in ConnectionStrings__Desa (migrated, demo sample data loaded on first start). SEED=1 first writes twelve
// months of payments (about 85 % of the months paid, some people behind), once.
internal static class ArrearsBenchmark
{
    // A class of its own: top-level statements would declare a Program beside the host's.
    public static async Task Main()
    {
        var runs = int.Parse(Environment.GetEnvironmentVariable("RUNS") ?? "3");
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Demo:SampleData", "true");
            builder.UseContentRoot(Path.GetFullPath("src/DesaPlatform.Host"));
        });
        var started = Stopwatch.StartNew();
        _ = host.Services;
        using (var warm = host.Server.CreateClient()) await warm.GetAsync("/healthz");
        Console.WriteLine($"host ready (migrated, sample data loaded) in {started.Elapsed.TotalSeconds:0.0} s");

        if (Environment.GetEnvironmentVariable("SEED") == "1") await SeedPaymentsAsync(host.Services);

        for (var run = 1; run <= runs; run++)
        {
            using var scope = host.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            var book = scope.ServiceProvider.GetRequiredService<ArrearsBook>();
            var clock = Stopwatch.StartNew();
            var people = await book.UnderAsync("61", CancellationToken.None);
            clock.Stop();
            Console.WriteLine($"run {run}: arrears of 61 as of {book.AsOf("61"):yyyy-MM}: {people.Count} people, {people.Sum(p => p.Months.Count)} months, "
                + $"{people.Count(p => p.AtRisk)} at risk, Rp {people.Sum(p => p.Owed):N0} owed in {clock.Elapsed.TotalSeconds:0.00} s");

            using var readScope = host.Services.CreateScope();
            readScope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            clock.Restart();
            var enrolled = await readScope.ServiceProvider.GetRequiredService<IEnrolledPeople>().UnderAsync("61", CancellationToken.None);
            Console.WriteLine($"run {run}: of which the enrolled people's read ({enrolled.Count} with {enrolled.Sum(p => p.Enrollments.Count)} enrollments) {clock.Elapsed.TotalSeconds:0.00} s");

            using var figuresScope = host.Services.CreateScope();
            figuresScope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            clock.Restart();
            var counts = await figuresScope.ServiceProvider.GetRequiredService<IArrearsFigures>().CountAsync("61", 5, CancellationToken.None);
            Console.WriteLine($"run {run}: the report's arrears counts of 61 (IArrearsFigures, per regency): {counts.ByRegion.Sum(r => r.Enrolled)} enrolled, "
                + $"{counts.ByRegion.Sum(r => r.AtRisk)} at risk in {clock.Elapsed.TotalSeconds:0.00} s");

            using var reportScope = host.Services.CreateScope();
            reportScope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            var report = reportScope.ServiceProvider.GetRequiredService<CoverageReportHandler>();
            clock.Restart();
            var coverage = await report.HandleAsync("61", DateTime.UtcNow.Year, null, CancellationToken.None);
            clock.Stop();
            var arrears = coverage!.Total.Indicators.Single(i => i.Indicator.Code == "ARREARS");
            Console.WriteLine($"run {run}: coverage report of 61 with ARREARS {arrears.Numerator}/{arrears.Denominator} = {arrears.Value}% in {clock.Elapsed.TotalSeconds:0.00} s");
        }
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    }

    /// <summary>
    /// Twelve closed months of payments for every enrolled person, each month they are in office paid at its due with a
    /// probability of 0.85 (from the enrolled people: arrears count only villages that already have a payment).
    /// </summary>
    private static async Task SeedPaymentsAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<BudgetingDbContext>();
        if (await db.Payments.AnyAsync()) return;
        var people = (await scope.ServiceProvider.GetRequiredService<IEnrolledPeople>().UnderAsync("61", CancellationToken.None)).Where(p => p.Active).ToList();
        var from = scope.ServiceProvider.GetRequiredService<ArrearsBook>().AsOf("61").AddMonths(-11);
        var owed = people.SelectMany(p => Enumerable.Range(0, 12).Select(from.AddMonths)
            .Where(m => p.FirstEnrolled < m.AddMonths(1) && p.TermStart < m.AddMonths(1) && (p.TermEnd is null || p.TermEnd >= m))
            .Select(m => (p, m))).ToList();
        var dues = await scope.ServiceProvider.GetRequiredService<MonthlyDues>().PriceAsync(owed, CancellationToken.None);
        var random = new Random(2026);
        var payments = owed.Where(_ => random.NextDouble() < 0.85)
            .Select(o => Payment.Of(o.p.RegionCode, o.p.EntryId, o.m, dues.Due(o.p, o.m).Amount)).ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in payments.Chunk(10_000))
        {
            db.Payments.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var stamps = scope.ServiceProvider.GetRequiredService<ArrearsStamps>();
        foreach (var village in payments.Select(p => p.RegionCode).Distinct()) await stamps.PaymentsChangedAsync(village, CancellationToken.None);
        Console.WriteLine($"seeded {payments.Count} payments for {people.Count} people");
    }
}
