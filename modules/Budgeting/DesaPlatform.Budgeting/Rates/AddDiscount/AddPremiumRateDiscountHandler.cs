using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Budgeting.Rates.AddDiscount;

internal sealed class AddPremiumRateDiscountHandler(BudgetingDbContext db, DiscountRules rules, ArrearsStamps stamps)
{
    public async Task<Payload<PremiumRateDiscount>> HandleAsync(AddPremiumRateDiscountInput input, CancellationToken cancellationToken)
    {
        var source = RateRules.Trimmed(new RateSource(input.Regulation, input.Note, false));
        var errors = DiscountRules.CheckPercent(input.Percent).Concat(RateRules.CheckSource(source)).ToList();
        if (DiscountRules.CheckDays(input.EffectiveFrom, input.EffectiveUntil) is { } days) errors.Add(days);
        if (errors.Count > 0) return Payload<PremiumRateDiscount>.Failure(errors);
        if (await rules.CheckOverlapAsync(input.Scheme, input.Program, input.EffectiveFrom, input.EffectiveUntil, null, cancellationToken) is { } overlap)
            return Payload<PremiumRateDiscount>.Failure(overlap);

        var discount = PremiumRateDiscount.From(
            input.Scheme, input.Program, input.Percent, input.EffectiveFrom, input.EffectiveUntil, source.Regulation, source.Note);
        db.PremiumRateDiscounts.Add(discount);
        await db.SaveChangesAsync(cancellationToken);
        await stamps.ChangedUnderAsync("", cancellationToken);
        return Payload<PremiumRateDiscount>.Success(discount);
    }
}
