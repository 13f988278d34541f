using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Domain;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Persistence;

internal static class PaymentModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        var payment = modelBuilder.Entity<Payment>();
        payment.ToTable("payments");
        payment.Property(p => p.RegionCode).HasMaxLength(13);
        payment.Property(p => p.Amount).HasPrecision(14, 2);
        payment.Property(p => p.Version).IsConcurrencyToken();
        payment.HasIndex(p => new { p.EntryId, p.Period }).IsUnique();
        payment.HasIndex(p => new { p.RegionCode, p.Period });

        var rule = modelBuilder.Entity<ArrearsRule>();
        rule.ToTable("arrears_rules");
        rule.Property(r => r.Source).HasMaxLength(ArrearsRule.SourceMaxLength);
        rule.HasIndex(r => r.EffectiveFrom).IsUnique();

        var stamp = modelBuilder.Entity<ArrearsStamp>();
        stamp.ToTable("arrears_stamps");
        stamp.HasKey(s => s.RegionCode);
        stamp.Property(s => s.RegionCode).HasMaxLength(13);
    }
}
