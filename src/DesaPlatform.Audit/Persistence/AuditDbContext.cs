using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Audit.Persistence;

/// <summary>Owns the audit table (its migrations) and reads it, filtered to the caller's scope like every region-owned row.</summary>
internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options)
    : ModuleDbContext(options)
{
    protected override string Schema => AuditTable.Schema;

    protected override bool OwnsAuditTable => true;

    public IQueryable<AuditEntry> Entries => Set<AuditEntry>().AsNoTracking();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
