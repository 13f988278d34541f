using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>The columns every kind of submission and its events share, in the kind's own module table.</summary>
public static class ApprovalMapping
{
    public static EntityTypeBuilder<T> MapSubmissions<T>(this ModelBuilder modelBuilder, string table) where T : ApprovalSubmission
    {
        var submission = modelBuilder.Entity<T>();
        submission.ToTable(table);
        submission.Property(s => s.RegionCode).HasMaxLength(13);
        submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(10);
        submission.Property(s => s.SubmittedBy).HasMaxLength(100);
        submission.Property(s => s.ReviewedBy).HasMaxLength(100);
        submission.Property(s => s.Reason).HasMaxLength(ReasonLength.Max);
        submission.Property(s => s.Version).IsConcurrencyToken();
        submission.HasIndex(s => new { s.RegionCode, s.Status });
        submission.HasIndex(s => s.SubmittedAt);
        return submission;
    }

    public static EntityTypeBuilder<T> MapSubmissionEvents<T>(this ModelBuilder modelBuilder, string table) where T : ApprovalEvent
    {
        var step = modelBuilder.Entity<T>();
        step.ToTable(table);
        step.Property(e => e.RegionCode).HasMaxLength(13);
        step.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
        step.Property(e => e.By).HasMaxLength(100);
        step.Property(e => e.Reason).HasMaxLength(ReasonLength.Max);
        step.HasIndex(e => new { e.RegionCode, e.At });
        step.HasIndex(e => e.SubmissionId);
        return step;
    }
}
