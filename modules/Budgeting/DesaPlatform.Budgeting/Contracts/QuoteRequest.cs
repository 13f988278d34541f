using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Contracts;

/// <summary>
/// What to quote: a scheme, its programs and wage base (or declared income), and who pays. Whether a discount reaches a
/// village budget (APBDes) payer is the funding policy's setting, given here as <paramref name="DiscountForApbdes"/>.
/// </summary>
public sealed record QuoteRequest(
    Scheme Scheme, IReadOnlyCollection<SocialSecurityProgram> Programs, decimal WageBase, PayerKind Payer, bool DiscountForApbdes = false)
    : IInsuredTerms;

/// <summary>A request's premium month by month over one year, each month from the rates in force on its first day.</summary>
public sealed record YearQuote(QuoteRequest Request, int Year, IReadOnlyList<MonthQuote> Months)
{
    public decimal Total => Months.Sum(m => m.Quote.Amount);
}

public sealed record MonthQuote(DateOnly Month, PremiumQuote Quote);
