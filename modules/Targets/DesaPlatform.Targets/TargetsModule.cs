using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using DesaPlatform.Targets.Coverage.Report;
using DesaPlatform.Targets.Coverage.Series;
using DesaPlatform.Targets.Monitoring.LaggingVillages;
using DesaPlatform.Targets.Persistence;
using DesaPlatform.Targets.Seeding;
using DesaPlatform.Targets.Targets.Book;
using DesaPlatform.Targets.Targets.Set;
using DesaPlatform.Targets.Ucj;
using DesaPlatform.Targets.Ucj.Import;
using DesaPlatform.Targets.Ucj.Set;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Targets;

public static class TargetsModule
{
    public static IServiceCollection AddTargetsModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddPooledContext<TargetsDbContext>(database, TargetsDbContext.SchemaName);
        services.AddScoped<CoverageReportHandler>();
        services.AddScoped<TargetBookReader>();
        services.AddScoped<IndicatorSeriesHandler>();
        services.AddScoped<LaggingVillagesHandler>();
        services.AddScoped<SetTargetHandler>();
        services.AddScoped<UcjRules>();
        services.AddScoped<UcjBookReader>();
        services.AddScoped<SetUcjInputHandler>();
        services.AddScoped<ImportUcjInputsHandler>();
        services.AddScoped<IModuleInitializer, TargetsInitializer>();
        services.AddSingleton<ISchemaContribution, TargetsSchema>();
        return services;
    }

    public static void MapTargetsEndpoints(this IEndpointRouteBuilder app)
    {
        LaggingVillagesExportEndpoint.Map(app);
        UcjTemplateEndpoint.Map(app);
    }
}
