using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Contracts;

/// <summary>
/// One position group's part of a funding policy: scheme, programs, wage base and, per program, who pays which share.
/// </summary>
/// <param name="WageAmount">The group's amount under <see cref="WageBaseRule.RegencyAmount"/> or <see cref="WageBaseRule.DeclaredIncome"/>; none for siltap minimums.</param>
/// <param name="PositionWages">Positions whose regency amount differs from the group's (e.g. the sekretaris desa).</param>
public sealed record GroupFunding(
    PositionGroup Group, Scheme Scheme, IReadOnlyList<SocialSecurityProgram> Programs, WageBaseRule WageRule, decimal? WageAmount,
    IReadOnlyList<PositionWage> PositionWages, IReadOnlyList<PayerShare> Shares)
{
    /// <summary>The monthly wage base (or declared income) of a position of this group.</summary>
    public decimal WageBaseOf(CatalogPosition position) => WageRule switch
    {
        WageBaseRule.SiltapMinimum => position.DefaultWageBase,
        WageBaseRule.RegencyAmount => PositionWages.FirstOrDefault(w => w.PositionCode == position.Code)?.Amount ?? WageAmount ?? 0,
        _ => WageAmount ?? 0,
    };

    public IEnumerable<PayerShare> SharesOf(SocialSecurityProgram program) => Shares.Where(s => s.Program == program);
}

public sealed record PositionWage(string PositionCode, decimal Amount);

/// <summary>The part of one program's premium (percent, two decimals) a payer pays; a program's shares add up to 100.</summary>
public sealed record PayerShare(SocialSecurityProgram Program, Payer Payer, decimal Percent);
