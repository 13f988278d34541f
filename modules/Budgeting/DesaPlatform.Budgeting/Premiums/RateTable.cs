using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Premiums;

/// <summary>The rate table read once: quotes any number of terms on any day without going back to the database.</summary>
internal sealed class RateTable(IReadOnlyCollection<PremiumRate> rates, IReadOnlyCollection<PremiumRateDiscount> discounts)
{
    private readonly ILookup<(Scheme, SocialSecurityProgram), PremiumRate> _rates =
        rates.OrderByDescending(r => r.EffectiveFrom).ToLookup(r => (r.Scheme, r.Program));

    public PremiumRate? Find(int id) => rates.FirstOrDefault(r => r.Id == id);

    /// <summary>The version in force on <paramref name="day"/>: the latest started by then, unless it ended before.</summary>
    public PremiumRate? RateOn(Scheme scheme, SocialSecurityProgram program, DateOnly day) =>
        _rates[(scheme, program)].FirstOrDefault(r => r.InForceBy(day)) is { } rate && !rate.EndedBefore(day) ? rate : null;

    public PremiumQuote Quote(IInsuredTerms terms, DateOnly day, bool discounted) =>
        PremiumQuote.Of(terms.Programs.Distinct().Order()
            .Select(program => RateOn(terms.Scheme, program, day))
            .OfType<PremiumRate>()
            .Select(rate => Line(rate, terms.WageBase, discounted ? DiscountOn(rate, day) : null))
            .ToList());

    public YearQuote QuoteYear(QuoteRequest request, int year)
    {
        var discounted = DiscountReach.Reaches(request.Payer, request.DiscountForApbdes);
        return new YearQuote(request, year, Enumerable.Range(1, 12)
            .Select(month => new DateOnly(year, month, 1))
            .Select(month => new MonthQuote(month, Quote(request, month, discounted)))
            .ToList());
    }

    private PremiumRateDiscount? DiscountOn(PremiumRate rate, DateOnly day) =>
        discounts.FirstOrDefault(d => d.Scheme == rate.Scheme && d.Program == rate.Program && d.InForceOn(day));

    private static PremiumLine Line(PremiumRate rate, decimal wageBase, PremiumRateDiscount? discount)
    {
        var amount = rate.MonthlyAmount(wageBase);
        return new PremiumLine(rate.Program, discount?.Apply(amount) ?? amount, rate.Id, rate.Version, discount?.Id);
    }
}
