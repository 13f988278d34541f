using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Rates;

/// <summary>What a discount must say to be kept, and that no two discounts of a program and scheme cover the same day.</summary>
internal sealed class DiscountRules(BudgetingDbContext db)
{
    public static readonly UserError ChangedMeanwhile =
        new("DISCOUNT_CHANGED_MEANWHILE", "Potongan ini sudah diubah orang lain sejak Anda membukanya; muat ulang lalu ubah lagi.", "version");

    public static IEnumerable<UserError> CheckPercent(decimal percent)
    {
        if (percent is <= 0 or > 100 || decimal.Round(percent, 3) != percent)
            yield return new UserError("DISCOUNT_PERCENT", "Potongan harus lebih dari 0% dan paling besar 100%, paling banyak tiga desimal.", "percent");
    }

    public static UserError? CheckDays(DateOnly from, DateOnly until) =>
        until < from
            ? new UserError("DISCOUNT_UNTIL_BEFORE_FROM", $"Tanggal berakhir tidak boleh sebelum potongan mulai berlaku ({from:dd-MM-yyyy}).", "effectiveUntil")
                { Values = MessageValues.Of(("date", from.ToString("yyyy-MM-dd"))) }
            : null;

    /// <summary>Another discount of the program and scheme in force on one of the days, if any.</summary>
    public async Task<UserError?> CheckOverlapAsync(
        Scheme scheme, SocialSecurityProgram program, DateOnly from, DateOnly until, int? exceptId, CancellationToken cancellationToken)
    {
        var other = await db.PremiumRateDiscounts.AsNoTracking()
            .Where(d => d.Scheme == scheme && d.Program == program && d.Id != exceptId && d.EffectiveFrom <= until && from <= d.EffectiveUntil)
            .OrderBy(d => d.EffectiveFrom)
            .FirstOrDefaultAsync(cancellationToken);
        return other is null
            ? null
            : new UserError("DISCOUNT_OVERLAP",
                $"Sudah ada potongan {program.ToString().ToUpperInvariant()} {scheme.ToString().ToUpperInvariant()} ({other.Regulation}) yang berlaku {other.EffectiveFrom:dd-MM-yyyy} s.d. {other.EffectiveUntil:dd-MM-yyyy}.",
                "effectiveFrom")
            {
                Values = MessageValues.Of(("regulation", other.Regulation), ("from", other.EffectiveFrom.ToString("yyyy-MM-dd")),
                    ("until", other.EffectiveUntil.ToString("yyyy-MM-dd"))),
            };
    }
}
