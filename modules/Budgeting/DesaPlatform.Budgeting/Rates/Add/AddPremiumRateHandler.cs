using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Budgeting.Rates.Add;

internal sealed class AddPremiumRateHandler(BudgetingDbContext db, RateEdits edits)
{
    public async Task<Payload<PremiumRate>> HandleAsync(AddPremiumRateInput input, CancellationToken cancellationToken)
    {
        var errors = RateRules.Check(input.Terms(), input.Source()).ToList();
        if (errors.Count > 0) return Payload<PremiumRate>.Failure(errors);
        if (await edits.StartTakenAsync(input.Scheme, input.Program, input.EffectiveFrom, cancellationToken))
            return Payload<PremiumRate>.Failure(RateRules.DateTaken(input.EffectiveFrom));

        var rate = PremiumRate.From(input.Scheme, input.Program, input.Terms(), input.EffectiveFrom, input.Source());
        db.PremiumRates.Add(rate);
        return await edits.SaveAsync(rate, cancellationToken);
    }
}
