using DesaPlatform.Budgeting.GraphQL;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Rates.List;

internal static class ListPremiumRatesField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PremiumRateType>>>>("premiumRates")
            .Description("The premium rate table, every program and scheme, newest first.")
            .ResolveAsync(async ctx => await ctx.Service<BudgetingDbContext>().PremiumRates.AsNoTracking()
                .OrderBy(r => r.Scheme).ThenBy(r => r.Program).ThenByDescending(r => r.EffectiveFrom)
                .ToListAsync(ctx.CancellationToken));
}
