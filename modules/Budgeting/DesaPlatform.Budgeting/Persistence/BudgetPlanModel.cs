using System.Text.Json;
using System.Text.Json.Serialization;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.SharedKernel.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DesaPlatform.Budgeting.Persistence;

/// <summary>A plan keeps its lines, roster snapshot and rates as JSON: always read and written whole, with the plan.</summary>
internal static class BudgetPlanModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static void Configure(ModelBuilder modelBuilder)
    {
        var plan = modelBuilder.Entity<BudgetPlan>();
        plan.ToTable("budget_plans");
        plan.Property(p => p.RegionCode).HasMaxLength(13);
        plan.Property(p => p.ComputedBy).HasMaxLength(100);
        AsJson(plan.Property(p => p.Computed));
        AsJson(plan.Property(p => p.Lines));
        AsJson(plan.Property(p => p.Members));
        AsJson(plan.Property(p => p.Rates));
        plan.Ignore(p => p.IsApproved);
        plan.Ignore(p => p.Total);
        plan.Property(p => p.Version).IsConcurrencyToken();
        plan.HasIndex(p => new { p.RegionCode, p.Year, p.Revision }).IsUnique();

        var submission = modelBuilder.MapSubmissions<BudgetPlanSubmission>("budget_plan_submissions");
        submission.Property(s => s.Total).HasPrecision(16, 2);
        submission.HasIndex(s => s.PlanId);
        modelBuilder.MapSubmissionEvents<BudgetPlanEvent>("budget_plan_submission_events");
    }

    private static void AsJson<T>(PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
            items => JsonSerializer.Serialize(items, Json),
            json => JsonSerializer.Deserialize<List<T>>(json, Json)!,
            new ValueComparer<IReadOnlyList<T>>((a, b) => a!.SequenceEqual(b!), items => items.Count, items => items.ToList()));
}
