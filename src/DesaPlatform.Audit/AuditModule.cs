using DesaPlatform.Audit.Entries;
using DesaPlatform.Audit.Entries.Export;
using DesaPlatform.Audit.Persistence;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Audit;

/// <summary>
/// Reading the audit trail: every module records its own entries as it saves (SharedKernel's <c>AuditRecorder</c>);
/// this module owns the table and lets administrators browse and export it.
/// </summary>
public static class AuditModule
{
    /// <summary>Register before the modules: the audit table must exist before their start-up writes to it.</summary>
    public static IServiceCollection AddAuditModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddPooledContext<AuditDbContext>(database, AuditTable.Schema);
        services.AddScoped<IModuleInitializer, AuditInitializer>();
        services.AddSingleton<AuditQueryShape>();
        services.AddSingleton<ISchemaContribution, AuditSchema>();
        return services;
    }

    public static void MapAuditEndpoints(this WebApplication app) => AuditExportEndpoint.Map(app);

    private sealed class AuditInitializer(AuditDbContext db) : IModuleInitializer
    {
        public Task InitializeAsync(CancellationToken cancellationToken) => db.Database.MigrateAsync(cancellationToken);
    }
}
