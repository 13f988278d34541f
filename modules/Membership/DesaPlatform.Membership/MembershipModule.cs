using DesaPlatform.Membership.Editing;
using DesaPlatform.Membership.Notifications;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Membership.Roster.Summary;
using DesaPlatform.Membership.Seeding;
using DesaPlatform.Membership.Submissions;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using DesaPlatform.Membership.Spreadsheet;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Membership;

public static class MembershipModule
{
    public static IServiceCollection AddMembershipModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddDbContext<MembershipDbContext>(options => database.Configure(options, MembershipDbContext.SchemaName));
        services.AddScoped<EditRosterHandler>();
        services.AddScoped<RosterImporter>();
        services.AddScoped<PersonLoaders>();
        services.AddScoped<SubmissionLoaders>();
        services.AddScoped<NotificationFinder>();
        services.AddScoped<SubmitRosterHandler>();
        services.AddScoped<ReviewSubmissionHandler>();
        services.AddScoped<PositionCatalogCache>();
        services.AddScoped<Villages>();
        services.AddScoped<IRosterCounts, ApprovedRosterCounts>();
        services.AddScoped<RosterSummaryFinder>();
        services.AddScoped<IModuleInitializer, MembershipInitializer>();
        services.AddSingleton<PersonQueryShape>();
        services.AddSingleton<SubmissionQueryShape>();
        services.AddSingleton<SubmissionEventQueryShape>();
        services.AddSingleton<ISchemaContribution, MembershipSchema>();
        return services;
    }

    public static void MapMembershipEndpoints(this IEndpointRouteBuilder app)
    {
        RosterExportEndpoints.Map(app);
        SubmissionExportEndpoint.Map(app);
    }
}
