using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Tests.Unit.SharedKernel.Approvals;

/// <summary>A kind of submission made up for testing the workflow alone: a village's plan for a year, of some lines; nothing of rosters.</summary>
internal sealed class TestPlan : ApprovalSubmission<TestPlanEvent>
{
    public const string Village = "61.01.01.2001";

    public int Year { get; init; } = 2026;
    public int Lines { get; init; }

    public static TestPlan Sent(DateTime at, string by = "operator", int year = 2026) =>
        new() { RegionCode = Village, SubmittedAt = at, SubmittedBy = by, Year = year, Lines = 3 };

    protected override TestPlanEvent Describe(SubmissionStatus kind, string by, DateTime at, string? reason) => new()
    {
        RegionCode = RegionCode, SubmissionId = Id, Kind = kind, At = at, By = by, Reason = reason, Lines = Lines,
    };
}

internal sealed class TestPlanEvent : ApprovalEvent
{
    public required int Lines { get; init; }
}

/// <summary>The test kind's own context, on the run's database (PostgreSQL or an SQLite file), mapped as a module maps its kind.</summary>
internal sealed class TestPlans(TestDatabase database) : DbContext(Options(database))
{
    private static DbContextOptions<TestPlans> Options(TestDatabase database) => TestDatabase.UsesPostgres
        ? new DbContextOptionsBuilder<TestPlans>().UseNpgsql(database.ConnectionString).Options
        : new DbContextOptionsBuilder<TestPlans>().UseSqlite(database.ConnectionString).Options;

    public DbSet<TestPlan> Plans => Set<TestPlan>();
    public DbSet<TestPlanEvent> Events => Set<TestPlanEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapSubmissions<TestPlan>("plans");
        modelBuilder.MapSubmissionEvents<TestPlanEvent>("plan_events");
    }
}

/// <summary>The test kind as the workflow sees it; it notes which regions' locks were taken.</summary>
internal sealed class TestPlanKind(TestPlans db) : ISubmissionKind<TestPlan>
{
    public List<string> Locked { get; } = [];

    public DbContext Db => db;

    public Task<Payload<TestPlan>> HoldingAsync(string regionCode, Func<Task<Payload<TestPlan>>> step, CancellationToken cancellationToken)
    {
        Locked.Add(regionCode);
        return step();
    }
}
