using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.GraphQL;
using DesaPlatform.Membership.Notifications;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Positions;
using DesaPlatform.Membership.Reconciliation;
using DesaPlatform.Membership.Reconciliation.Export;
using DesaPlatform.Membership.Reconciliation.Read;
using DesaPlatform.Membership.Reconciliation.Retention;
using DesaPlatform.Membership.Reconciliation.TakeIntoDraft;
using DesaPlatform.Membership.Reconciliation.Upload;
using DesaPlatform.Membership.Reconciliation.Verified;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Membership.Roster.Add;
using DesaPlatform.Membership.Roster.Discard;
using DesaPlatform.Membership.Roster.Enrolled;
using DesaPlatform.Membership.Roster.EndTerm;
using DesaPlatform.Membership.Roster.Export;
using DesaPlatform.Membership.Roster.Import;
using DesaPlatform.Membership.Roster.RegionImport;
using DesaPlatform.Membership.Roster.Summary;
using DesaPlatform.Membership.Roster.Update;
using DesaPlatform.Membership.SampleData;
using DesaPlatform.Membership.Seeding;
using DesaPlatform.Membership.Submissions;
using DesaPlatform.Membership.Submissions.Approve;
using DesaPlatform.Membership.Submissions.ApproveMany;
using DesaPlatform.Membership.Submissions.Export;
using DesaPlatform.Membership.Submissions.Reopen;
using DesaPlatform.Membership.Submissions.Return;
using DesaPlatform.Membership.Submissions.Submit;
using DesaPlatform.Membership.Submissions.Withdraw;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Membership;

public static class MembershipModule
{
    public static IServiceCollection AddMembershipModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddPooledContext<MembershipDbContext>(database, MembershipDbContext.SchemaName);
        services.AddScoped<RosterLock>();
        services.AddScoped<RosterEdits>();
        services.AddScoped<AddPersonHandler>();
        services.AddScoped<UpdatePersonHandler>();
        services.AddScoped<EndTermHandler>();
        services.AddScoped<DiscardChangeHandler>();
        services.AddScoped<ImportRosterHandler>();
        services.AddScoped<ImportRegionRosterHandler>();
        services.AddScoped<ImportedSubmissions>();
        services.AddScoped<PersonLoaders>();
        services.AddScoped<SubmissionLoaders>();
        services.AddScoped<NotificationsHandler>();
        services.AddScoped<ISubmissionKind<Submission>, RosterSubmissions>();
        services.AddScoped<ApprovalWorkflow<Submission>>();
        services.AddScoped<SubmissionDecision>();
        services.AddScoped<SubmitRosterHandler>();
        services.AddScoped<WithdrawSubmissionHandler>();
        services.AddScoped<RosterApproval>();
        services.AddScoped<ApproveSubmissionHandler>();
        services.AddScoped<ApproveSubmissionsHandler>();
        services.AddScoped<ReturnSubmissionHandler>();
        services.AddScoped<ReopenSubmissionHandler>();
        services.AddSingleton<PositionCatalogCache>();
        services.AddSingleton<IPositionCatalog, CatalogPositions>();
        services.AddScoped<Villages>();
        services.AddScoped<ApprovedRosterCounts>();
        services.AddScoped<IRosterCounts>(sp => sp.GetRequiredService<ApprovedRosterCounts>());
        services.AddScoped<IApprovedRosters, ApprovedRosters>();
        services.AddScoped<MonthlyCoverage>();
        services.AddScoped<RegionMonths>();
        services.AddScoped<LockRows>();
        services.AddScoped<KeptDistricts>();
        services.AddScoped<IVillageStandings, VillageStandings>();
        services.AddScoped<IEnrolledPeople, OfficialEnrolledPeople>();
        services.AddScoped<CoverageSummary>();
        services.AddScoped<CoverageKeeper>();
        services.AddScoped<ICoverageRebuild>(sp => sp.GetRequiredService<CoverageKeeper>());
        services.AddHostedService<CoverageExpiry>();
        services.AddScoped<RosterSummaryHandler>();
        services.AddSingleton<ReconciliationSettings>();
        services.AddScoped<Reconciler>();
        services.AddScoped<UploadParticipantListHandler>();
        services.AddScoped<NewestListPerVillage>();
        services.AddScoped<ReconciliationReader>();
        services.AddScoped<TakeBpjsStatusHandler>();
        services.AddScoped<IVerifiedRosterCounts, VerifiedRosterCounts>();
        services.AddScoped<ParticipantFileRetention>();
        services.AddHostedService<ParticipantFileExpiry>();
        services.AddScoped<IModuleInitializer, MembershipInitializer>();
        services.AddScoped<IModuleInitializer, CoverageInitializer>();
        services.AddScoped<IModuleInitializer, SampleRosters>();
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
        ParticipantTemplateEndpoint.Map(app);
        ReconciliationExportEndpoint.Map(app);
    }
}
