using DesaPlatform.Regions.Domain;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Regions.Persistence;

internal sealed class RegionsDbContext(DbContextOptions<RegionsDbContext> options, ICurrentUser currentUser)
    : ModuleDbContext(options, currentUser)
{
    public const string SchemaName = "regions";

    protected override string Schema => SchemaName;

    public DbSet<Region> Regions => Set<Region>();

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
        region.HasIndex(r => r.ParentCode);
        region.HasIndex(r => r.Name);
    }
}
