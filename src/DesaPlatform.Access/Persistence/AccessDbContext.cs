using DesaPlatform.Access.Users;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DesaPlatform.Access.Persistence;

/// <summary>Identity's tables. Like every module's context, each save records its audit entries in the same transaction.</summary>
internal sealed class AccessDbContext(DbContextOptions<AccessDbContext> options) : IdentityDbContext<DesaUser>(options), IUserBoundContext
{
    public const string SchemaName = "access";

    private ICurrentUser _currentUser = new CurrentUser();

    ICurrentUser IUserBoundContext.CurrentUser
    {
        set => _currentUser = value;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it records the audit trail.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        AuditRecorder.SaveWithAuditAsync(this, SchemaName, _currentUser,
            ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(SchemaName);
        AuditTable.Configure(builder, excludeFromMigrations: true);
        var user = builder.Entity<DesaUser>();
        user.Property(u => u.FullName).HasMaxLength(100);
        user.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        user.Property(u => u.RegionCode).HasMaxLength(13);
        user.HasIndex(u => u.RegionCode);
        user.Property(u => u.LastSignInAt).HasConversion<UtcDateTimeConverter>();
        // Identity's own columns, which cannot carry our attribute: what the audit trail must not show.
        user.Property(u => u.PasswordHash).IsSensitive(Sensitivity.Secret);
        user.Property(u => u.SecurityStamp).IsSensitive(Sensitivity.Secret);
        user.Property(u => u.ConcurrencyStamp).IsSensitive(Sensitivity.Secret);
        user.Property(u => u.Email).IsSensitive(Sensitivity.Personal);
        user.Property(u => u.NormalizedEmail).IsSensitive(Sensitivity.Personal);
        user.Property(u => u.PhoneNumber).IsSensitive(Sensitivity.Personal);
        // Authenticator keys and recovery codes.
        builder.Entity<IdentityUserToken<string>>().Property(t => t.Value).IsSensitive(Sensitivity.Secret);
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
