using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Contracts;

/// <summary>A monthly premium in rupiah and the rates it was computed from, one line per program.</summary>
public sealed record PremiumQuote(decimal Amount, IReadOnlyList<PremiumLine> Lines)
{
    public static PremiumQuote Of(IReadOnlyList<PremiumLine> lines) => new(lines.Sum(l => l.Amount), lines);
}

/// <summary>
/// One program's premium, naming the rate version it came from (and the discount taken, if any), so that a plan can
/// keep what it was computed with.
/// </summary>
public sealed record PremiumLine(SocialSecurityProgram Program, decimal Amount, int RateId, int RateVersion, int? DiscountId);
