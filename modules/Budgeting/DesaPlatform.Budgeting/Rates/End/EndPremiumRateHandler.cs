using DesaPlatform.Budgeting.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;

namespace DesaPlatform.Budgeting.Rates.End;

/// <summary>Ends a rate version — never on a past day, nor one already ended in the past: days gone keep their rate.</summary>
internal sealed class EndPremiumRateHandler(RateEdits edits, IClock clock)
{
    public async Task<Payload<PremiumRate>> HandleAsync(EndPremiumRateInput input, CancellationToken cancellationToken)
    {
        var (rate, refusal) = await edits.FindAsync(input.Id, input.Version, cancellationToken);
        if (rate is null) return Payload<PremiumRate>.Failure(refusal!);
        if (Problem(rate, input.EffectiveUntil, clock.Today) is { } problem) return Payload<PremiumRate>.Failure(problem);

        rate.EndOn(input.EffectiveUntil);
        return await edits.SaveAsync(rate, cancellationToken);
    }

    private static UserError? Problem(PremiumRate rate, DateOnly until, DateOnly today)
    {
        if (rate.EndedBefore(today))
            return new UserError("RATE_ENDED", $"Tarif ini sudah berakhir pada {rate.EffectiveUntil:dd-MM-yyyy}.", "effectiveUntil")
                { Values = MessageValues.Of(("date", rate.EffectiveUntil!.Value.ToString("yyyy-MM-dd"))) };
        if (until < rate.EffectiveFrom)
            return new UserError("RATE_END_BEFORE_START", $"Tanggal berakhir tidak boleh sebelum tarif mulai berlaku ({rate.EffectiveFrom:dd-MM-yyyy}).",
                "effectiveUntil") { Values = MessageValues.Of(("date", rate.EffectiveFrom.ToString("yyyy-MM-dd"))) };
        if (until < today)
            return new UserError("RATE_END_PAST", "Tanggal berakhir tidak boleh sebelum hari ini: hari yang sudah lewat tetap memakai tarifnya.",
                "effectiveUntil");
        return null;
    }
}
