using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.Persistence;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DesaPlatform.Membership.Persistence;

internal sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "membership";

    protected override string Schema => SchemaName;

    public DbSet<Position> Positions => Set<Position>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<SubmissionEvent> SubmissionEvents => Set<SubmissionEvent>();
    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();
    public DbSet<RosterLockRow> RosterLocks => Set<RosterLockRow>();
    public DbSet<VillageCoverage> VillageCoverage => Set<VillageCoverage>();
    public DbSet<VillageMonth> VillageMonths => Set<VillageMonth>();
    public DbSet<ClosedMonth> ClosedMonths => Set<ClosedMonth>();
    public DbSet<RegionMonth> RegionMonths => Set<RegionMonth>();
    public DbSet<RegionMonthDesa> RegionMonthDesa => Set<RegionMonthDesa>();
    public DbSet<DistrictCoverage> DistrictCoverage => Set<DistrictCoverage>();
    public DbSet<DistrictSummary> DistrictSummaries => Set<DistrictSummary>();
    public DbSet<ParticipantList> ParticipantLists => Set<ParticipantList>();
    public DbSet<ReconciliationRow> ReconciliationRows => Set<ReconciliationRow>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var position = modelBuilder.Entity<Position>();
        position.ToTable("positions");
        position.HasKey(p => p.Code);
        position.Property(p => p.Code).HasMaxLength(40);
        position.Property(p => p.Name).HasMaxLength(100);
        position.Property(p => p.Segment).HasConversion<string>().HasMaxLength(20);
        position.Property(p => p.DefaultWageBase).HasPrecision(14, 2);

        var person = modelBuilder.Entity<Person>();
        person.ToTable("people");
        person.Property(p => p.RegionCode).HasMaxLength(13);
        person.Property(p => p.FullName).HasMaxLength(100);
        person.Property(p => p.Nik).HasMaxLength(16);
        person.Property(p => p.Sex).HasConversion<string>().HasMaxLength(6);
        person.Property(p => p.Phone).HasMaxLength(16);
        person.Property(p => p.PositionCode).HasMaxLength(40);
        person.Property(p => p.SkNumber).HasMaxLength(100);
        person.Property(p => p.Appointment).HasConversion<string>().HasMaxLength(10);
        person.Property(p => p.NikNote).HasMaxLength(500);
        person.Property(p => p.ReviewComment).HasMaxLength(1000);
        person.Property(p => p.Status).HasConversion<string>().HasMaxLength(10);
        person.Property(p => p.Version).IsConcurrencyToken();
        person.HasOne<Position>().WithMany().HasForeignKey(p => p.PositionCode).OnDelete(DeleteBehavior.Restrict);
        person.HasIndex(p => new { p.RegionCode, p.Status });
        person.HasIndex(p => new { p.RegionCode, p.Id });
        person.HasIndex(p => p.EntryId);
        person.HasIndex(p => p.SubmissionId);
        person.HasIndex(p => p.Nik);
        person.OwnsOne(p => p.Enrollment, enrollment =>
        {
            enrollment.Property(e => e.Kpj).HasColumnName("kpj").HasMaxLength(20);
            enrollment.Property(e => e.Scheme).HasColumnName("scheme").HasConversion<string>().HasMaxLength(3);
            enrollment.Property(e => e.Programs).HasColumnName("programs").HasMaxLength(20)
                .HasConversion(
                    programs => string.Join(',', programs),
                    text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<SocialSecurityProgram>).ToList(),
                    new ValueComparer<List<SocialSecurityProgram>>(
                        (a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (h, p) => HashCode.Combine(h, p)), list => list.ToList()));
            enrollment.Property(e => e.WageBase).HasColumnName("wage_base").HasPrecision(14, 2);
            enrollment.Property(e => e.StartDate).HasColumnName("enrollment_start");
            enrollment.Property(e => e.Status).HasColumnName("enrollment_status").HasConversion<string>().HasMaxLength(8);
        });

        var submission = modelBuilder.MapSubmissions<Submission>("submissions");
        submission.Property(s => s.ImportedBy).HasMaxLength(100);
        submission.Property(s => s.ImportedFrom).HasMaxLength(260);
        modelBuilder.MapSubmissionEvents<SubmissionEvent>("submission_events");

        var comment = modelBuilder.Entity<ReviewComment>();
        comment.ToTable("review_comments");
        comment.Property(c => c.RegionCode).HasMaxLength(13);
        comment.Property(c => c.FullName).HasMaxLength(100);
        comment.Property(c => c.PositionCode).HasMaxLength(40);
        comment.Property(c => c.Comment).HasMaxLength(1000);
        comment.Property(c => c.By).HasMaxLength(100);
        comment.HasIndex(c => c.SubmissionId);

        var rosterLock = modelBuilder.Entity<RosterLockRow>();
        rosterLock.ToTable("roster_locks");
        rosterLock.HasKey(l => l.VillageCode);
        rosterLock.Property(l => l.VillageCode).HasMaxLength(13);

        var coverage = modelBuilder.Entity<VillageCoverage>();
        coverage.ToTable("village_coverage");
        coverage.HasKey(c => new { c.RegionCode, c.Segment });
        coverage.Property(c => c.RegionCode).HasMaxLength(13);
        coverage.Property(c => c.Segment).HasConversion<string>().HasMaxLength(20);
        coverage.HasIndex(c => c.ExpiresAt);

        // Month first: a series reads a few months of one region's villages.
        var month = modelBuilder.Entity<VillageMonth>();
        month.ToTable("village_months");
        month.HasKey(m => new { m.Month, m.RegionCode, m.Segment });
        month.Property(m => m.Month).HasMaxLength(7);
        month.Property(m => m.RegionCode).HasMaxLength(13);
        month.Property(m => m.Segment).HasConversion<string>().HasMaxLength(20);

        // Region first: a series reads one region's months.
        var regionMonth = modelBuilder.Entity<RegionMonth>();
        regionMonth.ToTable("region_months");
        regionMonth.HasKey(m => new { m.RegionCode, m.Month, m.Segment });
        regionMonth.Property(m => m.Month).HasMaxLength(7);
        RegionCodeColumn(regionMonth.Property(m => m.RegionCode));
        regionMonth.Property(m => m.Segment).HasConversion<string>().HasMaxLength(20);

        var regionMonthDesa = modelBuilder.Entity<RegionMonthDesa>();
        regionMonthDesa.ToTable("region_month_desa");
        regionMonthDesa.HasKey(m => new { m.RegionCode, m.Month });
        regionMonthDesa.Property(m => m.Month).HasMaxLength(7);
        RegionCodeColumn(regionMonthDesa.Property(m => m.RegionCode));

        var district = modelBuilder.Entity<DistrictCoverage>();
        district.ToTable("district_coverage");
        district.HasKey(d => new { d.RegionCode, d.Segment });
        RegionCodeColumn(district.Property(d => d.RegionCode));
        district.Property(d => d.Segment).HasConversion<string>().HasMaxLength(20);

        var districtSummary = modelBuilder.Entity<DistrictSummary>();
        districtSummary.ToTable("district_summaries");
        districtSummary.HasKey(d => d.RegionCode);
        RegionCodeColumn(districtSummary.Property(d => d.RegionCode));

        var closedMonth = modelBuilder.Entity<ClosedMonth>();
        closedMonth.ToTable("closed_months");
        closedMonth.HasKey(m => m.Month);
        closedMonth.Property(m => m.Month).HasMaxLength(7);

        var list = modelBuilder.Entity<ParticipantList>();
        list.ToTable("bpjs_participant_lists");
        list.Property(l => l.RegionCode).HasMaxLength(13);
        list.Property(l => l.FileName).HasMaxLength(UploadedFileName.MaxLength);
        list.Property(l => l.Sha256).HasMaxLength(64);
        list.Property(l => l.UploadedBy).HasMaxLength(100);
        list.HasIndex(l => new { l.RegionCode, l.AsOf });

        var result = modelBuilder.Entity<ReconciliationRow>();
        result.ToTable("bpjs_reconciliation_results");
        result.Property(r => r.RegionCode).HasMaxLength(13);
        result.Property(r => r.Group).HasConversion<string>().HasMaxLength(20);
        result.Property(r => r.Nik).HasMaxLength(16);
        result.Property(r => r.RosterName).HasMaxLength(100);
        result.Property(r => r.BpjsName).HasMaxLength(100);
        result.Property(r => r.Kpj).HasMaxLength(20);
        result.Property(r => r.Segment).HasConversion<string>().HasMaxLength(3);
        result.Property(r => r.Programs).HasMaxLength(20);
        result.Property(r => r.LastPaidMonth).HasMaxLength(7);
        result.Property(r => r.FormerVillageCode).HasMaxLength(13);
        result.HasOne<ParticipantList>().WithMany().HasForeignKey(r => r.ListId).OnDelete(DeleteBehavior.Cascade);
        // A run's results of a region: the scope's range on the code after the run.
        result.HasIndex(r => new { r.ListId, r.RegionCode, r.Group });
        // Verified coverage looks each person in office up in their village's newest list by NIK.
        result.HasIndex(r => new { r.ListId, r.Nik });
    }

    // The kept sums are not region-owned (see RegionMonth), so their codes get the byte order of region-owned ones here.
    private void RegionCodeColumn(PropertyBuilder<string> code)
    {
        code.HasMaxLength(8);
        if (Database.IsNpgsql()) code.UseCollation("C");
    }
}
