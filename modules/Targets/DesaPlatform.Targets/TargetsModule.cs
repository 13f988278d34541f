using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using DesaPlatform.Targets.Contracts;
using DesaPlatform.Targets.Coverage.Report;
using DesaPlatform.Targets.Coverage.Series;
using DesaPlatform.Targets.Monitoring.LaggingVillages;
using DesaPlatform.Targets.Findings;
using DesaPlatform.Targets.Findings.Add;
using DesaPlatform.Targets.FollowUps;
using DesaPlatform.Targets.FollowUps.Add;
using DesaPlatform.Targets.FollowUps.AddNote;
using DesaPlatform.Targets.FollowUps.ChangeStatus;
using DesaPlatform.Targets.FollowUps.Overdue;
using DesaPlatform.Targets.GraphQL;
using DesaPlatform.Targets.Meetings.Record;
using DesaPlatform.Targets.Obstacles.Add;
using DesaPlatform.Targets.Persistence;
using DesaPlatform.Targets.SampleData;
using DesaPlatform.Targets.Seeding;
using DesaPlatform.Targets.Targets.Book;
using DesaPlatform.Targets.Targets.Cost;
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
        services.AddScoped<TargetCostHandler>();
        services.AddScoped<UcjRules>();
        services.AddScoped<UcjBookReader>();
        services.AddScoped<SetUcjInputHandler>();
        services.AddScoped<ImportUcjInputsHandler>();
        services.AddScoped<IModuleInitializer, TargetsInitializer>();
        services.AddScoped<IModuleInitializer, ObstacleCatalogInitializer>();
        services.AddScoped<IModuleInitializer, SampleMonev>();
        services.AddMonev();
        services.AddSingleton<ISchemaContribution, TargetsSchema>();
        return services;
    }

    public static void MapTargetsEndpoints(this IEndpointRouteBuilder app)
    {
        LaggingVillagesExportEndpoint.Map(app);
        UcjTemplateEndpoint.Map(app);
        TargetCostExportEndpoint.Map(app);
    }

    private static void AddMonev(this IServiceCollection services)
    {
        services.AddScoped<MonevLoaders>();
        services.AddScoped<RecordMeetingHandler>();
        services.AddScoped<AddFindingHandler>();
        services.AddScoped<AddActionHandler>();
        services.AddScoped<ActionProgress>();
        services.AddScoped<ChangeActionStatusHandler>();
        services.AddScoped<AddActionNoteHandler>();
        services.AddScoped<AddObstacleHandler>();
        services.AddScoped<IOpenFindings, OpenFindingCounts>();
        services.AddScoped<INotificationSource, OverdueNotifications>();
        services.AddSingleton<MonevMeetingQueryShape>();
        services.AddSingleton<MonevFindingQueryShape>();
    }
}
