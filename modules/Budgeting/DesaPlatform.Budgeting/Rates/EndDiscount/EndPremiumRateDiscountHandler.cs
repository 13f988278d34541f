using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Rates.EndDiscount;

/// <summary>Moves a discount's last day — never to a past day, nor of one already over: days gone keep the premium billed on them.</summary>
internal sealed class EndPremiumRateDiscountHandler(BudgetingDbContext db, DiscountRules rules, IClock clock, ArrearsStamps stamps)
{
    public async Task<Payload<PremiumRateDiscount>> HandleAsync(EndPremiumRateDiscountInput input, CancellationToken cancellationToken)
    {
        var discount = await db.PremiumRateDiscounts.FirstOrDefaultAsync(d => d.Id == input.Id, cancellationToken);
        if (discount is null) return Payload<PremiumRateDiscount>.Failure(UserError.NotFound("id"));
        if (discount.Version != input.Version) return Payload<PremiumRateDiscount>.Failure(DiscountRules.ChangedMeanwhile);
        if (Problem(discount, input.EffectiveUntil, clock.Today) is { } problem) return Payload<PremiumRateDiscount>.Failure(problem);
        if (await rules.CheckOverlapAsync(discount.Scheme, discount.Program, discount.EffectiveFrom, input.EffectiveUntil, discount.Id, cancellationToken)
            is { } overlap)
            return Payload<PremiumRateDiscount>.Failure(overlap with { Field = "effectiveUntil" });

        discount.EndOn(input.EffectiveUntil);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Payload<PremiumRateDiscount>.Failure(DiscountRules.ChangedMeanwhile);
        }
        await stamps.ChangedUnderAsync("", cancellationToken);
        return Payload<PremiumRateDiscount>.Success(discount);
    }

    private static UserError? Problem(PremiumRateDiscount discount, DateOnly until, DateOnly today)
    {
        if (discount.EffectiveUntil < today)
            return new UserError("DISCOUNT_ENDED", $"Potongan ini sudah berakhir pada {discount.EffectiveUntil:dd-MM-yyyy}.", "effectiveUntil")
                { Values = MessageValues.Of(("date", discount.EffectiveUntil.ToString("yyyy-MM-dd"))) };
        if (until < today)
            return new UserError("DISCOUNT_END_PAST", "Tanggal berakhir tidak boleh sebelum hari ini: hari yang sudah lewat tetap memakai iurannya.",
                "effectiveUntil");
        return DiscountRules.CheckDays(discount.EffectiveFrom, until);
    }
}
