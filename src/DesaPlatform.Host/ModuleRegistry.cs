using DesaPlatform.Access;
using DesaPlatform.Audit;
using DesaPlatform.Budgeting;
using DesaPlatform.Host.GraphQL;
using DesaPlatform.Host.Portal;
using DesaPlatform.Host.Startup;
using DesaPlatform.Membership;
using DesaPlatform.Regions;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.Demo;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using DesaPlatform.Targets;

namespace DesaPlatform.Host;

/// <summary>The one list of what the host is made of.</summary>
internal static class ModuleRegistry
{
    public static void AddDesaModules(this WebApplicationBuilder builder, bool quiet = false)
    {
        if (quiet) builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var database = DatabaseSettings.From(builder.Configuration);
        builder.Services.AddSingleton(database).AddSingleton(DemoSettings.From(builder.Configuration, database)).AddSingleton<IClock, SystemClock>();
        builder.Services.AddAuditModule(database);
        builder.Services.AddAccess(database);
        builder.Services.AddRegionsModule(database);
        builder.Services.AddMembershipModule(database);
        builder.Services.AddBudgetingModule(database);
        builder.Services.AddTargetsModule(database);
        builder.Services.AddPortalFiles();
        builder.Services.AddDesaGraphQL(builder.Configuration);
        builder.Services.AddDesaTelemetry(builder.Configuration);
        builder.Services.AddSharedKeyRing(builder.Configuration);
        builder.Services.AddHostedService<ModuleStartup>();
    }

    public static void UseDesaModules(this WebApplication app)
    {
        app.UseNulParameterGuard();
        app.UsePortalFiles();
        app.UseAuditRequestId();
        app.UseAccess();
        app.MapDesaGraphQL();
        app.MapRegionsEndpoints();
        app.MapMembershipEndpoints();
        app.MapBudgetingEndpoints();
        app.MapTargetsEndpoints();
        app.MapAuditEndpoints();
        app.MapHealth();
        app.MapMetrics();
        app.MapPortalFallback();
    }
}
