using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.Find;

internal static class FindBudgetPlanField
{
    public static void AddTo(ObjectGraphType query, PlanLevel level) =>
        query.Field<BudgetPlanType>(level == PlanLevel.Village ? "budgetPlan" : "regencyBudgetPlan")
            .Description(level == PlanLevel.Village
                ? "A village's budget plan for a year — its latest revision, or the one asked for; null when there is none or it is outside your scope."
                : "A regency's own APBD plan for a year — its latest revision, or the one asked for; null when there is none or it is outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>(level.CodeArgument)
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Argument<IntGraphType>("revision")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>(level.CodeArgument);
                var year = ctx.GetArgument<int>("year");
                var revision = ctx.GetArgument<int?>("revision");
                if (!level.Holds(code)) return null;
                return await ctx.Service<BudgetingDbContext>().BudgetPlans.AsNoTracking()
                    .Where(p => p.RegionCode == code && p.Year == year && (revision == null || p.Revision == revision))
                    .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ctx.CancellationToken);
            });
}
