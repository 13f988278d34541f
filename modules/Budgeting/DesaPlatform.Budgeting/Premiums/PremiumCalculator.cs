using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Premiums;

/// <summary>Request-scoped: the rate table is read once, however many people's premiums a page shows.</summary>
internal sealed class PremiumCalculator(BudgetingDbContext db) : IPremiumCalculator
{
    private List<PremiumRate>? _rates;

    public async Task<PremiumQuote> MonthlyPremiumAsync(IInsuredTerms terms, DateOnly on, CancellationToken cancellationToken)
    {
        _rates ??= await db.PremiumRates.AsNoTracking().ToListAsync(cancellationToken);
        var lines = terms.Programs.Distinct().Order()
            .Select(program => RateInForce(terms.Scheme, program, on))
            .OfType<PremiumRate>()
            .Select(rate => new PremiumLine(rate.Program, rate.MonthlyAmount(terms.WageBase), rate.Id))
            .ToList();
        return new PremiumQuote(lines.Sum(l => l.Amount), lines);
    }

    public async Task<PremiumRate?> FindRateAsync(int id, CancellationToken cancellationToken)
    {
        _rates ??= await db.PremiumRates.AsNoTracking().ToListAsync(cancellationToken);
        return _rates.FirstOrDefault(r => r.Id == id);
    }

    private PremiumRate? RateInForce(Scheme scheme, SocialSecurityProgram program, DateOnly on) =>
        _rates!.Where(r => r.Scheme == scheme && r.Program == program && r.EffectiveFrom <= on)
            .MaxBy(r => r.EffectiveFrom);
}
