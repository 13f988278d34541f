using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.SharedKernel.Auditing;

/// <summary>The one audit table every context writes to; only <c>AuditDbContext</c>'s migrations create it.</summary>
public static class AuditTable
{
    public const string Schema = "audit";

    public static void Configure(ModelBuilder modelBuilder, bool excludeFromMigrations)
    {
        var entry = modelBuilder.Entity<AuditEntry>();
        entry.ToTable("audit_entries", Schema, table => table.ExcludeFromMigrations(excludeFromMigrations));
        entry.Property(e => e.UserName).HasMaxLength(100);
        entry.Property(e => e.Role).HasMaxLength(20);
        entry.Property(e => e.Scope).HasMaxLength(13);
        entry.Property(e => e.Module).HasMaxLength(20);
        entry.Property(e => e.Entity).HasMaxLength(60);
        entry.Property(e => e.EntityId).HasMaxLength(200);
        entry.Property(e => e.RegionCode).HasMaxLength(13);
        entry.Property(e => e.Action).HasMaxLength(20);
        entry.Property(e => e.RequestId).HasMaxLength(100);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.RegionCode, e.At });
        entry.HasIndex(e => new { e.Entity, e.EntityId });
    }
}
