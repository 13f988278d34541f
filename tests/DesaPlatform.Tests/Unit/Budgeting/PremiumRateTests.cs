using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Tests.Unit.Budgeting;

public sealed class PremiumRateTests
{
    private static PremiumRate Rate(decimal? percent = null, decimal? flat = null, decimal? minimum = null, decimal? cap = null) =>
        new() { Scheme = Scheme.Pu, Program = SocialSecurityProgram.Jkk, Percent = percent, FlatAmount = flat, MinimumAmount = minimum,
            WageCap = cap, EffectiveFrom = new(2015, 7, 1), Regulation = "test" };

    [Fact]
    public void Perangkat_at_jkk_and_jkm_pay_10920_a_month() =>
        Assert.Equal(10_920m, Rate(0.24m).MonthlyAmount(2_022_200m) + Rate(0.30m).MonthlyAmount(2_022_200m));

    [Fact]
    public void Jp_is_capped_at_the_wage_cap() => Assert.Equal(301_269m, Rate(3m, cap: 10_042_300m).MonthlyAmount(20_000_000m));

    [Fact]
    public void Bpu_jkk_has_a_minimum_and_jkm_is_flat()
    {
        Assert.Equal(10_000m, Rate(1m, minimum: 10_000m).MonthlyAmount(500_000m));
        Assert.Equal(6_800m, Rate(flat: 6_800m).MonthlyAmount(5_000_000m));
    }
}
