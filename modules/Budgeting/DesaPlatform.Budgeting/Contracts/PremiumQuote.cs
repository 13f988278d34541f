using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Contracts;

/// <summary>A monthly premium in rupiah and the rates it was computed from, one line per program.</summary>
public sealed record PremiumQuote(decimal Amount, IReadOnlyList<PremiumLine> Lines);

public sealed record PremiumLine(SocialSecurityProgram Program, decimal Amount, int RateId);
