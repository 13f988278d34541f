using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Gap.Scenarios;

/// <summary>A regency's funding terms with a scenario's switches applied: the stored policy itself is never touched.</summary>
internal static class ScenarioTerms
{
    /// <summary>
    /// BPD members' income to price them on when their policy gives none (siltap minimums know no BPD amount): the lowest
    /// declared income BPJS accepts for BPU, Rp1,000,000 — an assumption the page states.
    /// </summary>
    public const decimal AssumedBpdIncome = 1_000_000m;

    // PP 46/2015 art. 16: JHT for wage earners is 5.7 % of the wage, 3.7 % by the employer and 2 % by the worker. The
    // 5.7 % itself is the rate table's; only the split of it is the scenario's.
    private const decimal EmployerPartOfJht = 3.7m / 5.7m;

    public static FundingTerms Apply(FundingTerms terms, PolicySwitches switches) =>
        switches == PolicySwitches.None ? terms : terms with { Groups = terms.Groups.Select(g => Apply(g, switches)).ToList() };

    private static GroupFunding Apply(GroupFunding group, PolicySwitches switches) => group.Group switch
    {
        PositionGroup.Bpd when switches.BpdAs != BpdScheme.Policy => BpdAs(group, switches.BpdAs),
        PositionGroup.KepalaDesa when switches.JhtForKepalaDesa && !group.Programs.Contains(SocialSecurityProgram.Jht) => WithJht(group),
        _ => group,
    };

    /// <summary>
    /// The same programs and payers under the other scheme, on the policy's BPD amount (or the assumed income): as BPU
    /// one declared income for the group; as PU the same amount as the wage, the policy's amounts per position kept.
    /// </summary>
    private static GroupFunding BpdAs(GroupFunding group, BpdScheme scheme) => group with
    {
        Scheme = scheme == BpdScheme.Bpu ? Scheme.Bpu : Scheme.Pu,
        WageRule = scheme == BpdScheme.Bpu ? WageBaseRule.DeclaredIncome : WageBaseRule.RegencyAmount,
        WageAmount = group.WageRule == WageBaseRule.SiltapMinimum ? AssumedBpdIncome : group.WageAmount ?? AssumedBpdIncome,
        PositionWages = scheme == BpdScheme.Pu && group.WageRule == WageBaseRule.RegencyAmount ? group.PositionWages : [],
    };

    /// <summary>
    /// JHT added: under PU the employer's part falls on whoever pays the group's JKK, in the same proportions, and the
    /// worker's part is deducted from the member; under BPU the whole JHT is the member's.
    /// </summary>
    private static GroupFunding WithJht(GroupFunding group)
    {
        var memberOnly = new PayerShare(SocialSecurityProgram.Jht, Payer.MemberDeduction, 100m);
        IReadOnlyList<PayerShare> jht = group.Scheme == Scheme.Bpu
            ? [memberOnly]
            :
            [
                .. group.SharesOf(SocialSecurityProgram.Jkk).Select(s => new PayerShare(SocialSecurityProgram.Jht, s.Payer, s.Percent * EmployerPartOfJht)),
                memberOnly with { Percent = 100m * (1 - EmployerPartOfJht) },
            ];
        return group with { Programs = [.. group.Programs, SocialSecurityProgram.Jht], Shares = [.. group.Shares, .. jht] };
    }
}
