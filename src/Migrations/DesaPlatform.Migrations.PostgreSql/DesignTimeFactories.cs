using DesaPlatform.Access.Persistence;
using DesaPlatform.Audit.Persistence;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Persistence;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DesaPlatform.Migrations.PostgreSql;

// Used by `dotnet ef migrations add` only; see README "Changing the database".
internal static class DesignTime
{
    private static readonly DatabaseSettings Database = new(DatabaseProvider.PostgreSql, "Host=localhost;Database=desa_design");

    public static DbContextOptions<T> Options<T>(string schema) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        Database.Configure(builder, schema);
        return builder.Options;
    }

}

internal sealed class AccessFactory : IDesignTimeDbContextFactory<AccessDbContext>
{
    public AccessDbContext CreateDbContext(string[] args) => new(DesignTime.Options<AccessDbContext>(AccessDbContext.SchemaName));
}

internal sealed class RegionsFactory : IDesignTimeDbContextFactory<RegionsDbContext>
{
    public RegionsDbContext CreateDbContext(string[] args) => new(DesignTime.Options<RegionsDbContext>(RegionsDbContext.SchemaName));
}

internal sealed class MembershipFactory : IDesignTimeDbContextFactory<MembershipDbContext>
{
    public MembershipDbContext CreateDbContext(string[] args) => new(DesignTime.Options<MembershipDbContext>(MembershipDbContext.SchemaName));
}

internal sealed class BudgetingFactory : IDesignTimeDbContextFactory<BudgetingDbContext>
{
    public BudgetingDbContext CreateDbContext(string[] args) => new(DesignTime.Options<BudgetingDbContext>(BudgetingDbContext.SchemaName));
}

internal sealed class TargetsFactory : IDesignTimeDbContextFactory<TargetsDbContext>
{
    public TargetsDbContext CreateDbContext(string[] args) => new(DesignTime.Options<TargetsDbContext>(TargetsDbContext.SchemaName));
}

internal sealed class AuditFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) => new(DesignTime.Options<AuditDbContext>("audit"));
}
