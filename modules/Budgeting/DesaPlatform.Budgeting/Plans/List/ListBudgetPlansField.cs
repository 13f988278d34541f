using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.List;

/// <summary>
/// The plans under a region — each region's latest revision of a year — filtered by level, year and where their latest
/// submission stands: a regency's staff ask for the village plans waiting for them, the province for the regency plans.
/// </summary>
internal static class ListBudgetPlansField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<BudgetPlanConnectionType>("budgetPlans")
            .Description("Budget plans under a region (each region's latest revision of a year), those waiting longest first, then by region and year; only what is in your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<IntGraphType>("year")
            .Argument<BudgetPlanLevelType>("level", "VILLAGE: villages' APBDes plans; REGENCY: regencies' own APBD plans; both if none.")
            .Argument<SubmissionStatusType>("status", "Only plans whose latest submission stands so (SUBMITTED: waiting for review).")
            .Argument<IntGraphType>("first", $"Page size, 1 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "Cursor of the last item of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var db = ctx.Service<BudgetingDbContext>();
                var year = ctx.GetArgument<int?>("year");
                var level = ctx.GetArgument<PlanLevelName?>("level");
                var status = ctx.GetArgument<SubmissionStatus?>("status");
                var length = level is { } named ? PlanLevel.Named(named).CodeLength : 0;
                var plans = db.BudgetPlans.AsNoTracking()
                    .Where(RegionScope.Under(ctx.GetArgument<string>("regionCode")).Predicate<BudgetPlan>(p => p.RegionCode))
                    .Where(p => (year == null || p.Year == year) && (length == 0 || p.RegionCode.Length == length))
                    .Where(p => !db.BudgetPlans.Any(later => later.RegionCode == p.RegionCode && later.Year == p.Year && later.Revision > p.Revision))
                    .Select(p => new
                    {
                        Plan = p,
                        Latest = db.BudgetPlanSubmissions.Where(s => s.PlanId == p.Id).OrderByDescending(s => s.SubmittedAt).FirstOrDefault(),
                    });
                if (status is not null) plans = plans.Where(p => p.Latest != null && p.Latest.Status == status);
                var ordered = plans.OrderBy(p => p.Latest == null).ThenBy(p => p.Latest!.SubmittedAt).ThenBy(p => p.Plan.RegionCode).ThenBy(p => p.Plan.Year)
                    .Select(p => p.Plan);
                return await page.ApplyAsync(ordered, ctx.CancellationToken);
            });
}

internal sealed class BudgetPlanConnectionType() : ConnectionType<BudgetPlan>("BudgetPlan", "BudgetPlan");
