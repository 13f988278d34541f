using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Budgeting.Plans.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.Find;

internal static class FindBudgetPlanField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<BudgetPlanType>("budgetPlan")
            .Description("A village's budget plan for a year — its latest revision, or the one asked for; null when there is none or it is outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("villageCode")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Argument<IntGraphType>("revision")
            .ResolveAsync(async ctx =>
            {
                var villageCode = ctx.GetArgument<string>("villageCode");
                var year = ctx.GetArgument<int>("year");
                var revision = ctx.GetArgument<int?>("revision");
                return await ctx.Service<BudgetingDbContext>().BudgetPlans.AsNoTracking()
                    .Where(p => p.RegionCode == villageCode && p.Year == year && (revision == null || p.Revision == revision))
                    .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ctx.CancellationToken);
            });
}
