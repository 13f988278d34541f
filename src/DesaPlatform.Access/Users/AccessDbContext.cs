using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Access.Users;

internal sealed class AccessDbContext(DbContextOptions<AccessDbContext> options) : IdentityDbContext<DesaUser>(options)
{
    public const string SchemaName = "access";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(SchemaName);
        var user = builder.Entity<DesaUser>();
        user.Property(u => u.FullName).HasMaxLength(100);
        user.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        user.Property(u => u.RegionCode).HasMaxLength(13);
        user.HasIndex(u => u.RegionCode);
    }
}
