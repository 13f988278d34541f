using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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
        user.Property(u => u.LastSignInAt).HasConversion(new ValueConverter<DateTime, DateTime>(
            value => value.ToUniversalTime(), value => DateTime.SpecifyKind(value, DateTimeKind.Utc)));
        if (Database.IsSqlite())
        {
            // SQLite cannot compare DateTimeOffset (the users' status filter asks "locked out until after now?"); as
            // UTC DateTime the column stays TEXT and compares. Older values carry "+00:00", which reads back as local time.
            user.Property(u => u.LockoutEnd).HasConversion(new ValueConverter<DateTimeOffset, DateTime>(
                value => value.UtcDateTime,
                value => new DateTimeOffset(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc))));
        }
    }
}
