using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.SharedKernel.Auditing;

public static class AuditTrailSetup
{
    /// <summary>Register before the modules: the audit table must exist before their start-up writes to it.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddDbContext<AuditDbContext>(options => database.Configure(options, AuditTable.Schema));
        services.AddScoped<IModuleInitializer, AuditInitializer>();
        services.AddSingleton<AuditQueryShape>();
        services.AddSingleton<ISchemaContribution, AuditSchema>();
        return services;
    }

    /// <summary>Tags the request's work with its id, so audit entries of one request can be found together.</summary>
    public static void UseAuditRequestId(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            http.RequestServices.GetRequiredService<CurrentUser>().BelongsToRequest(http.TraceIdentifier);
            await next(http);
        });

    private sealed class AuditInitializer(AuditDbContext db) : IModuleInitializer
    {
        public Task InitializeAsync(CancellationToken cancellationToken) => db.Database.MigrateAsync(cancellationToken);
    }
}
