using DesaPlatform.Budgeting.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Budgeting.Rates.Correct;

/// <summary>
/// Corrects a rate version. Once in force its figures and start stay as they were — quotes and plans were computed from
/// them; a wrong rate in force is ended and followed by a new version.
/// </summary>
internal sealed class CorrectPremiumRateHandler(RateEdits edits, IClock clock)
{
    public async Task<Payload<PremiumRate>> HandleAsync(CorrectPremiumRateInput input, CancellationToken cancellationToken)
    {
        var (rate, refusal) = await edits.FindAsync(input.Id, input.Version, cancellationToken);
        if (rate is null) return Payload<PremiumRate>.Failure(refusal!);
        var errors = RateRules.Check(input.Terms(), input.Source()).ToList();
        if (errors.Count > 0) return Payload<PremiumRate>.Failure(errors);
        if (rate.InForceBy(clock.Today) && (input.Terms() != rate.Terms || input.EffectiveFrom != rate.EffectiveFrom))
            return Payload<PremiumRate>.Failure(InForce(rate.EffectiveFrom));
        if (input.EffectiveFrom != rate.EffectiveFrom && await edits.StartTakenAsync(rate.Scheme, rate.Program, input.EffectiveFrom, cancellationToken))
            return Payload<PremiumRate>.Failure(RateRules.DateTaken(input.EffectiveFrom));

        rate.Take(input.Terms(), input.EffectiveFrom, input.Source());
        return await edits.SaveAsync(rate, cancellationToken);
    }

    private static UserError InForce(DateOnly since) =>
        new("RATE_IN_FORCE",
            $"Tarif ini sudah berlaku sejak {since:dd-MM-yyyy}: angka dan tanggal mulainya tidak bisa dikoreksi. Akhiri tarif ini lalu tambahkan versi baru.",
            "effectiveFrom") { Values = MessageValues.Of(("date", since.ToString("yyyy-MM-dd"))) };
}
