using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Plans.GraphQL;

/// <summary>The rate rows and discounts a page of plans names, each read once for the request.</summary>
internal sealed class PlanRateSources(BudgetingDbContext db)
{
    private readonly BatchLoader<int, PremiumRate> _rates = new(async (ids, ct) =>
        await db.PremiumRates.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct));

    private readonly BatchLoader<int, PremiumRateDiscount> _discounts = new(async (ids, ct) =>
        await db.PremiumRateDiscounts.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct));

    public IDataLoaderResult<PremiumRate?> Rate(int id) => _rates.Load(id);

    public IDataLoaderResult<PremiumRateDiscount?> Discount(int id) => _discounts.Load(id);
}
