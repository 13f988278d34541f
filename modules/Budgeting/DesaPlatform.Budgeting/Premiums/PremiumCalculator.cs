using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Premiums;

/// <summary>Request-scoped: the rate table is read once, however many people's premiums a page shows.</summary>
internal sealed class PremiumCalculator(BudgetingDbContext db) : IPremiumCalculator
{
    private RateTable? _table;

    public async Task<PremiumQuote> MonthlyPremiumAsync(IInsuredTerms terms, DateOnly on, CancellationToken cancellationToken) =>
        (await TableAsync(cancellationToken)).Quote(terms, on, discounted: false);

    public async Task<IReadOnlyList<YearQuote>> QuoteYearAsync(IReadOnlyCollection<QuoteRequest> requests, int year, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        return requests.Select(request => table.QuoteYear(request, year)).ToList();
    }

    public async Task<PremiumRate?> FindRateAsync(int id, CancellationToken cancellationToken) => (await TableAsync(cancellationToken)).Find(id);

    private async Task<RateTable> TableAsync(CancellationToken cancellationToken) =>
        _table ??= new RateTable(
            await db.PremiumRates.AsNoTracking().ToListAsync(cancellationToken),
            await db.PremiumRateDiscounts.AsNoTracking().ToListAsync(cancellationToken));
}
