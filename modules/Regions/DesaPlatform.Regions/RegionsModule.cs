using DesaPlatform.Regions.Contracts;
using DesaPlatform.Regions.GraphQL;
using DesaPlatform.Regions.Persistence;
using DesaPlatform.Regions.Regions.Export;
using DesaPlatform.Regions.Regions.Import;
using DesaPlatform.Regions.Seeding;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Regions;

public static class RegionsModule
{
    public static IServiceCollection AddRegionsModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddPooledContext<RegionsDbContext>(database, RegionsDbContext.SchemaName);
        services.AddScoped<IRegionDirectory, RegionDirectory>();
        services.AddScoped<IRegionImporter, RegionImporter>();
        services.AddScoped<IRegionExporter, RegionExporter>();
        services.AddScoped<RegionLoader>();
        services.AddScoped<AncestorLoader>();
        services.AddScoped<IRegionLoader>(sp => sp.GetRequiredService<RegionLoader>());
        services.AddScoped<IModuleInitializer, RegionsInitializer>();
        services.AddSingleton<RegionQueryShape>();
        services.AddSingleton<ISchemaContribution, RegionsSchema>();
        return services;
    }

    public static void MapRegionsEndpoints(this IEndpointRouteBuilder app) => RegionExportEndpoint.Map(app);
}
