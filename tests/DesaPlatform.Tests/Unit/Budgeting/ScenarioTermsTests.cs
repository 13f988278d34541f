using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Gap.Scenarios;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Tests.Unit.Budgeting;

/// <summary>A scenario's switches reshape a copy of the terms: the BPD's scheme and income, the kepala desa's JHT and who pays it.</summary>
public sealed class ScenarioTermsTests
{
    private static readonly SocialSecurityProgram[] JkkJkm = [SocialSecurityProgram.Jkk, SocialSecurityProgram.Jkm];

    private static FundingTerms Terms(Scheme headScheme, GroupFunding bpd) => new("61.01", 2026, "Perbup", new DateOnly(2025, 12, 1), null, false,
    [
        new(PositionGroup.KepalaDesa, headScheme, JkkJkm, headScheme == Scheme.Pu ? WageBaseRule.SiltapMinimum : WageBaseRule.DeclaredIncome,
            headScheme == Scheme.Pu ? null : 2_000_000m, [],
            [new(SocialSecurityProgram.Jkk, Payer.ApbdesAdd, 60m), new(SocialSecurityProgram.Jkk, Payer.ApbdKabupaten, 40m), new(SocialSecurityProgram.Jkm, Payer.ApbdesAdd, 100m)]),
        bpd,
    ]);

    private static GroupFunding Bpd(WageBaseRule rule, decimal? amount) =>
        new(PositionGroup.Bpd, Scheme.Pu, JkkJkm, rule, amount, [new PositionWage("bpd_ketua", 1_500_000m)],
            [.. JkkJkm.Select(p => new PayerShare(p, Payer.ApbdKabupaten, 100m))]);

    [Fact]
    public void No_switch_leaves_the_terms_as_they_are()
    {
        var terms = Terms(Scheme.Pu, Bpd(WageBaseRule.SiltapMinimum, null));
        Assert.Same(terms, ScenarioTerms.Apply(terms, PolicySwitches.None));
    }

    [Theory]
    [InlineData(WageBaseRule.SiltapMinimum, null, 1_000_000)]
    [InlineData(WageBaseRule.RegencyAmount, 1_250_000, 1_250_000)]
    public void BPD_as_BPU_declares_the_policy_amount_or_the_assumed_income_with_the_same_payers(WageBaseRule rule, int? amount, int declared)
    {
        var bpd = ScenarioTerms.Apply(Terms(Scheme.Pu, Bpd(rule, amount)), new PolicySwitches(BpdScheme.Bpu)).For(PositionGroup.Bpd);
        Assert.Equal((Scheme.Bpu, WageBaseRule.DeclaredIncome, (decimal?)declared), (bpd.Scheme, bpd.WageRule, bpd.WageAmount));
        Assert.Empty(bpd.PositionWages);
        Assert.All(bpd.Shares, s => Assert.Equal(Payer.ApbdKabupaten, s.Payer));
    }

    [Fact]
    public void BPD_as_PU_keeps_the_policy_amounts_per_position_as_wages()
    {
        var bpd = ScenarioTerms.Apply(Terms(Scheme.Pu, Bpd(WageBaseRule.RegencyAmount, 1_250_000m) with { Scheme = Scheme.Bpu }), new PolicySwitches(BpdScheme.Pu))
            .For(PositionGroup.Bpd);
        Assert.Equal((Scheme.Pu, WageBaseRule.RegencyAmount, (decimal?)1_250_000m), (bpd.Scheme, bpd.WageRule, bpd.WageAmount));
        Assert.Equal([new PositionWage("bpd_ketua", 1_500_000m)], bpd.PositionWages);
    }

    [Fact]
    public void JHT_for_the_kepala_desa_under_PU_falls_on_the_JKK_payers_in_their_shares_and_on_the_member()
    {
        var head = ScenarioTerms.Apply(Terms(Scheme.Pu, Bpd(WageBaseRule.SiltapMinimum, null)), new PolicySwitches(JhtForKepalaDesa: true))
            .For(PositionGroup.KepalaDesa);
        var jht = head.SharesOf(SocialSecurityProgram.Jht).ToDictionary(s => s.Payer, s => decimal.Round(s.Percent, 4));
        Assert.Equal(new Dictionary<Payer, decimal>
        {
            [Payer.ApbdesAdd] = decimal.Round(60m * 3.7m / 5.7m, 4), [Payer.ApbdKabupaten] = decimal.Round(40m * 3.7m / 5.7m, 4),
            [Payer.MemberDeduction] = decimal.Round(100m * 2m / 5.7m, 4),
        }, jht);
        Assert.Equal(100m, decimal.Round(head.SharesOf(SocialSecurityProgram.Jht).Sum(s => s.Percent), 10));
    }

    [Fact]
    public void JHT_for_a_kepala_desa_under_BPU_is_the_members()
    {
        var head = ScenarioTerms.Apply(Terms(Scheme.Bpu, Bpd(WageBaseRule.SiltapMinimum, null)), new PolicySwitches(JhtForKepalaDesa: true))
            .For(PositionGroup.KepalaDesa);
        Assert.Equal([new PayerShare(SocialSecurityProgram.Jht, Payer.MemberDeduction, 100m)], head.SharesOf(SocialSecurityProgram.Jht));
        Assert.Contains(SocialSecurityProgram.Jht, head.Programs);
    }
}
