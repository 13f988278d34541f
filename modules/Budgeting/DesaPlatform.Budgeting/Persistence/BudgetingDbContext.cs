using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Persistence;

internal sealed class BudgetingDbContext(DbContextOptions<BudgetingDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "budgeting";

    protected override string Schema => SchemaName;

    public DbSet<PremiumRate> PremiumRates => Set<PremiumRate>();
    public DbSet<PremiumRateDiscount> PremiumRateDiscounts => Set<PremiumRateDiscount>();
    public DbSet<FundingPolicy> FundingPolicies => Set<FundingPolicy>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<ArrearsRule> ArrearsRules => Set<ArrearsRule>();
    public DbSet<ArrearsStamp> ArrearsStamps => Set<ArrearsStamp>();
    public DbSet<BudgetPlan> BudgetPlans => Set<BudgetPlan>();
    public DbSet<BudgetPlanSubmission> BudgetPlanSubmissions => Set<BudgetPlanSubmission>();
    public DbSet<BudgetPlanEvent> BudgetPlanEvents => Set<BudgetPlanEvent>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var rate = modelBuilder.Entity<PremiumRate>();
        rate.ToTable("premium_rates");
        rate.Property(r => r.Scheme).HasConversion<string>().HasMaxLength(3);
        rate.Property(r => r.Program).HasConversion<string>().HasMaxLength(3);
        rate.Property(r => r.Percent).HasPrecision(6, 3);
        rate.Property(r => r.FlatAmount).HasPrecision(14, 2);
        rate.Property(r => r.MinimumAmount).HasPrecision(14, 2);
        rate.Property(r => r.WageCap).HasPrecision(14, 2);
        rate.Property(r => r.Regulation).HasMaxLength(PremiumRate.RegulationMaxLength);
        rate.Property(r => r.Note).HasMaxLength(PremiumRate.NoteMaxLength);
        rate.Property(r => r.Version).IsConcurrencyToken();
        rate.Ignore(r => r.Terms);
        rate.Ignore(r => r.Source);
        rate.HasIndex(r => new { r.Scheme, r.Program, r.EffectiveFrom }).IsUnique();

        var discount = modelBuilder.Entity<PremiumRateDiscount>();
        discount.ToTable("premium_rate_discounts");
        discount.Property(d => d.Scheme).HasConversion<string>().HasMaxLength(3);
        discount.Property(d => d.Program).HasConversion<string>().HasMaxLength(3);
        discount.Property(d => d.Percent).HasPrecision(6, 3);
        discount.Property(d => d.Regulation).HasMaxLength(PremiumRate.RegulationMaxLength);
        discount.Property(d => d.Note).HasMaxLength(PremiumRate.NoteMaxLength);
        discount.Property(d => d.Version).IsConcurrencyToken();
        discount.HasIndex(d => new { d.Scheme, d.Program, d.EffectiveFrom }).IsUnique();
        FundingPolicyModel.Configure(modelBuilder);
        PaymentModel.Configure(modelBuilder);
        BudgetPlanModel.Configure(modelBuilder);
    }
}
