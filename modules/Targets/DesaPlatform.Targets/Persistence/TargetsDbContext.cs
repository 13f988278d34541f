using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Persistence;
using DesaPlatform.Targets.Domain;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Persistence;

internal sealed class TargetsDbContext(DbContextOptions<TargetsDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "targets";

    protected override string Schema => SchemaName;

    public DbSet<Target> Targets => Set<Target>();
    public DbSet<MonevMeeting> MonevMeetings => Set<MonevMeeting>();
    public DbSet<MonevFinding> MonevFindings => Set<MonevFinding>();
    public DbSet<FollowUpAction> FollowUpActions => Set<FollowUpAction>();
    public DbSet<ActionUpdate> ActionUpdates => Set<ActionUpdate>();
    public DbSet<Obstacle> Obstacles => Set<Obstacle>();
    public DbSet<UcjInput> UcjInputs => Set<UcjInput>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var target = modelBuilder.Entity<Target>();
        target.ToTable("targets");
        target.Property(t => t.Indicator).HasMaxLength(40);
        target.Property(t => t.RegionCode).HasMaxLength(13);
        target.Property(t => t.Percent).HasPrecision(5, 2);
        target.HasIndex(t => new { t.Indicator, t.RegionCode, t.Year }).IsUnique();
        MonevModel.Configure(modelBuilder);
        ConfigureUcjInputs(modelBuilder);
    }

    private static void ConfigureUcjInputs(ModelBuilder modelBuilder)
    {
        var ucj = modelBuilder.Entity<UcjInput>();
        ucj.ToTable("ucj_inputs");
        ucj.Property(u => u.RegionCode).HasMaxLength(13);
        ucj.Property(u => u.Source).HasMaxLength(UcjInput.SourceMaxLength);
        ucj.Property(u => u.Note).HasMaxLength(UcjInput.NoteMaxLength);
        ucj.Ignore(u => u.Participants);
        ucj.Property(u => u.Version).IsConcurrencyToken();
        ucj.HasIndex(u => new { u.RegionCode, u.Period }).IsUnique();
    }
}
