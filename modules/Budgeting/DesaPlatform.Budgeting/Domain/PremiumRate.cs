using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Domain;

/// <summary>One program's rate for one scheme, in force from a date under a regulation.</summary>
internal sealed class PremiumRate
{
    public int Id { get; init; }
    public required Scheme Scheme { get; init; }
    public required SocialSecurityProgram Program { get; init; }
    public decimal? Percent { get; init; }
    public decimal? FlatAmount { get; init; }
    public decimal? MinimumAmount { get; init; }
    public decimal? WageCap { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public required string Regulation { get; init; }

    public decimal MonthlyAmount(decimal wageBase)
    {
        if (FlatAmount is { } flat) return flat;
        var basis = WageCap is { } cap ? Math.Min(wageBase, cap) : wageBase;
        var amount = Math.Round(basis * (Percent ?? 0) / 100m, 0, MidpointRounding.AwayFromZero);
        return Math.Max(amount, MinimumAmount ?? 0);
    }
}
