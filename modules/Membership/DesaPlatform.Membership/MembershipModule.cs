using DesaPlatform.Membership.AddPerson;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Membership.Seeding;
using DesaPlatform.Membership.Submissions;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Membership;

public static class MembershipModule
{
    public static IServiceCollection AddMembershipModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddDbContext<MembershipDbContext>(options => database.Configure(options, MembershipDbContext.SchemaName));
        services.AddScoped<AddPersonHandler>();
        services.AddScoped<SubmitRosterHandler>();
        services.AddScoped<ReviewSubmissionHandler>();
        services.AddScoped<PositionCatalogCache>();
        services.AddScoped<Villages>();
        services.AddScoped<ICoverageSource, CoverageSource>();
        services.AddScoped<IModuleInitializer, MembershipInitializer>();
        services.AddSingleton<PersonQueryShape>();
        services.AddSingleton<SubmissionQueryShape>();
        services.AddSingleton<ISchemaContribution, MembershipSchema>();
        return services;
    }
}
