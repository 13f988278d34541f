using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Contracts;

public interface IPremiumCalculator
{
    /// <summary>The monthly premium of an enrollment's programs on <paramref name="on"/>, from the rates in force that day.</summary>
    Task<PremiumQuote> MonthlyPremiumAsync(IInsuredTerms terms, DateOnly on, CancellationToken cancellationToken);
}
