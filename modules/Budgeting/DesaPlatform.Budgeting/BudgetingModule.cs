using DesaPlatform.Budgeting.Arrears;
using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Gap.Export;
using DesaPlatform.Budgeting.Gap.Find;
using DesaPlatform.Budgeting.Gap.Needs;
using DesaPlatform.Budgeting.GraphQL;
using DesaPlatform.Budgeting.Payments;
using DesaPlatform.Budgeting.Payments.Import;
using DesaPlatform.Budgeting.Payments.Record;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans;
using DesaPlatform.Budgeting.Plans.Adjust;
using DesaPlatform.Budgeting.Plans.Compute;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.Export;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.Budgeting.Plans.Notify;
using DesaPlatform.Budgeting.Plans.Submit;
using DesaPlatform.Budgeting.Policies;
using DesaPlatform.Budgeting.Policies.Copy;
using DesaPlatform.Budgeting.Policies.Set;
using DesaPlatform.Budgeting.Premiums;
using DesaPlatform.Budgeting.Rates;
using DesaPlatform.Budgeting.Rates.Add;
using DesaPlatform.Budgeting.Rates.Correct;
using DesaPlatform.Budgeting.Rates.AddDiscount;
using DesaPlatform.Budgeting.Rates.EndDiscount;
using DesaPlatform.Budgeting.Rates.End;
using DesaPlatform.Budgeting.SampleData;
using DesaPlatform.Budgeting.Seeding;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DesaPlatform.Budgeting;

public static class BudgetingModule
{
    public static IServiceCollection AddBudgetingModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddPooledContext<BudgetingDbContext>(database, BudgetingDbContext.SchemaName);
        services.AddScoped<RegionNames>();
        services.AddScoped<PremiumCalculator>();
        services.AddScoped<IPremiumCalculator>(sp => sp.GetRequiredService<PremiumCalculator>());
        services.AddScoped<RateEdits>();
        services.AddScoped<AddPremiumRateHandler>();
        services.AddScoped<CorrectPremiumRateHandler>();
        services.AddScoped<EndPremiumRateHandler>();
        services.AddScoped<DiscountRules>();
        services.AddScoped<AddPremiumRateDiscountHandler>();
        services.AddScoped<EndPremiumRateDiscountHandler>();
        services.AddScoped<IModuleInitializer, BudgetingInitializer>();
        services.AddScoped<FundingPolicyRules>();
        services.AddScoped<VisiblePolicies>();
        services.AddScoped<SetFundingPolicyHandler>();
        services.AddScoped<CopyFundingPolicyHandler>();
        services.AddScoped<IFundingPolicies, PoliciesInForce>();
        services.AddScoped<IModuleInitializer, SampleFundingPolicies>();
        services.AddScoped<PaymentRules>();
        services.AddScoped<VillagePayments>();
        services.AddScoped<RecordPaymentHandler>();
        services.AddScoped<ImportPaymentsHandler>();
        services.AddScoped<MonthlyDues>();
        services.AddScoped<ArrearsBook>();
        services.AddScoped<RosterArrears>();
        services.AddScoped<IArrearsFigures, ArrearsFigures>();
        services.AddSingleton<KeptArrearsCounts>();
        services.AddScoped<ArrearsStamps>();
        services.AddScoped<IApprovalObserver, RosterDecisions>();
        services.AddScoped<PlanLock>();
        services.AddScoped<PlanComputer>();
        services.AddScoped<ComputeBudgetPlanHandler>();
        services.AddScoped<ISubmissionKind<BudgetPlanSubmission>, BudgetPlanSubmissions>();
        services.AddScoped<ApprovalWorkflow<BudgetPlanSubmission>>();
        services.AddScoped<SubmitBudgetPlanHandler>();
        services.AddScoped<PlanDecision>();
        services.AddScoped<AdjustBudgetPlanHandler>();
        services.AddScoped<INotificationSource, BudgetPlanNotifications>();
        services.AddScoped<PlanRateSources>();
        services.AddScoped<PlanLoaders>();
        services.AddScoped<PremiumNeeds>();
        services.AddScoped<IPremiumNeeds>(sp => sp.GetRequiredService<PremiumNeeds>());
        services.AddScoped<BudgetGapHandler>();
        services.AddSingleton<ISchemaContribution, BudgetingSchema>();
        return services;
    }

    public static void MapBudgetingEndpoints(this IEndpointRouteBuilder app)
    {
        PaymentTemplateEndpoint.Map(app);
        BudgetPlanExportEndpoint.Map(app);
        BudgetGapExportEndpoint.Map(app);
    }
}
