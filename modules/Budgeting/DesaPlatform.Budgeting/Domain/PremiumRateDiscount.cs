using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Domain;

/// <summary>
/// A dated cut of one program's premium for one scheme (PP 50/2025: BPU JKK and JKM at 50 % for April–December 2026).
/// Whom it reaches depends on who pays (<see cref="DiscountReach"/>).
/// </summary>
internal sealed class PremiumRateDiscount
{
    public int Id { get; init; }
    public required Scheme Scheme { get; init; }
    public required SocialSecurityProgram Program { get; init; }

    /// <summary>The share of the premium waived, in percent.</summary>
    public required decimal Percent { get; init; }

    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly EffectiveUntil { get; private set; }
    public required string Regulation { get; init; }
    public string? Note { get; init; }
    public int Version { get; private set; }

    public bool InForceOn(DateOnly day) => EffectiveFrom <= day && day <= EffectiveUntil;

    public static PremiumRateDiscount From(
        Scheme scheme, SocialSecurityProgram program, decimal percent, DateOnly effectiveFrom, DateOnly effectiveUntil, string regulation, string? note) =>
        new() { Scheme = scheme, Program = program, Percent = percent, EffectiveFrom = effectiveFrom, EffectiveUntil = effectiveUntil, Regulation = regulation, Note = note };

    /// <summary>Moves the last day: earlier (a discount cut short) or later (one extended).</summary>
    public void EndOn(DateOnly lastDay)
    {
        if (EffectiveUntil == lastDay) return;
        EffectiveUntil = lastDay;
        Version++;
    }

    public decimal Apply(decimal premium) => Rupiah.Round(premium * (100m - Percent) / 100m);
}
