using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Contracts;

public interface IPremiumCalculator
{
    /// <summary>
    /// The monthly premium of an enrollment's programs on <paramref name="on"/>, from the rates in force that day; no
    /// discount, as the payer is not known here.
    /// </summary>
    Task<PremiumQuote> MonthlyPremiumAsync(IInsuredTerms terms, DateOnly on, CancellationToken cancellationToken);

    /// <summary>
    /// Each request's premium for every month of <paramref name="year"/>: the rates in force each month (the JP cap
    /// changes every March) and the discounts that reach its payer. One reading of the rate table for the whole set.
    /// </summary>
    Task<IReadOnlyList<YearQuote>> QuoteYearAsync(IReadOnlyCollection<QuoteRequest> requests, int year, CancellationToken cancellationToken);
}
