using DesaPlatform.Budgeting.GraphQL;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Rates.ListDiscounts;

internal static class ListPremiumRateDiscountsField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PremiumRateDiscountType>>>>("premiumRateDiscounts")
            .Description("Dated premium discounts (PP 50/2025), newest first.")
            .ResolveAsync(async ctx => await ctx.Service<BudgetingDbContext>().PremiumRateDiscounts.AsNoTracking()
                .OrderByDescending(d => d.EffectiveFrom).ThenBy(d => d.Scheme).ThenBy(d => d.Program)
                .ToListAsync(ctx.CancellationToken));
}
