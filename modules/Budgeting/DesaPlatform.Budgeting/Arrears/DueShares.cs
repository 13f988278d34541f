using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Arrears;

/// <summary>
/// Who pays each program of a person's premium in a year, as the regency's funding policy for that year says: the
/// payer decides whether a discount reaches the premium (never where APBD/APBN pays; for the APBDes as the policy says;
/// for a member paying themself, yes). Without a policy, or without a share for a program, the assumption the arrears
/// page states: the village budget pays, without a discount — except the ekosistem desa, who pay their own (BPU).
/// </summary>
internal sealed record DueShare(SocialSecurityProgram Program, PayerKind Payer, bool DiscountForApbdes, decimal Percent)
{
    public static IReadOnlyList<DueShare> Of(IInsuredTerms terms, PositionGroup group, FundingTerms? policy) =>
        terms.Programs.Distinct().Order().SelectMany(program =>
        {
            var shares = policy?.For(group).SharesOf(program).ToList() ?? [];
            return shares.Count > 0
                ? shares.Select(s => new DueShare(program, s.Payer.Kind(), policy!.BpuDiscountForVillageBudget, s.Percent))
                : [Assumed(program, group)];
        }).ToList();

    private static DueShare Assumed(SocialSecurityProgram program, PositionGroup group) =>
        new(program, group == PositionGroup.Ekosistem ? PayerKind.Member : PayerKind.Apbdes, false, 100m);

    public QuoteRequest Request(IInsuredTerms terms) => new(terms.Scheme, [Program], terms.WageBase, Payer, DiscountForApbdes);
}
