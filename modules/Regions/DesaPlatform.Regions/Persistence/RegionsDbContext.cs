using DesaPlatform.Regions.Domain;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.Persistence;

internal sealed class RegionsDbContext(DbContextOptions<RegionsDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "regions";

    protected override string Schema => SchemaName;

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<RegionChange> RegionChanges => Set<RegionChange>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var region = modelBuilder.Entity<Region>();
        region.ToTable("regions");
        region.HasKey(r => r.Code);
        region.Property(r => r.Code).HasMaxLength(13);
        region.Property(r => r.Name).HasMaxLength(100);
        region.Property(r => r.Level).HasConversion<string>().HasMaxLength(10);
        region.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        region.Property(r => r.ParentCode).HasMaxLength(13);
        region.Property(r => r.SearchName).HasMaxLength(100);
        region.HasIndex(r => r.ParentCode);
        region.HasIndex(r => r.SearchName);

        var change = modelBuilder.Entity<RegionChange>();
        change.ToTable("region_changes");
        change.Property(c => c.RegionCode).HasMaxLength(13);
        change.Property(c => c.Kind).HasConversion<string>().HasMaxLength(12);
        change.Property(c => c.OldValue).HasMaxLength(100);
        change.Property(c => c.NewValue).HasMaxLength(100);
        change.Property(c => c.ChangedBy).HasMaxLength(100);
        change.Property(c => c.Source).HasMaxLength(200);
        change.HasIndex(c => c.RegionCode);
    }
}
