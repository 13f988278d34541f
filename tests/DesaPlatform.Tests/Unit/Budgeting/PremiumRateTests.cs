using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Tests.Unit.Budgeting;

public sealed class PremiumRateTests
{
    [Fact]
    public void Jp_is_capped_at_the_wage_cap() => Assert.Equal(301_269m, RateTerms.OfPercent(3m, cap: 10_042_300m).MonthlyAmount(20_000_000m));

    [Fact]
    public void Bpu_jkk_has_a_minimum_and_jkm_is_flat()
    {
        Assert.Equal(10_000m, RateTerms.OfPercent(1m, minimum: 10_000m).MonthlyAmount(500_000m));
        Assert.Equal(6_800m, RateTerms.Flat(6_800m).MonthlyAmount(5_000_000m));
    }

    [Theory]
    [InlineData(1_000_250, 5_001)] // 0.5 % of it is 5,001.25: down
    [InlineData(1_000_100, 5_001)] // 5,000.50: half, away from zero
    [InlineData(1_000_300, 5_002)] // 5,001.50
    [InlineData(1_000_050, 5_000)] // 5,000.25
    public void Each_program_is_rounded_to_the_rupiah_half_away_from_zero(int wage, int premium) =>
        Assert.Equal(premium, RateTerms.OfPercent(0.5m).MonthlyAmount(wage));

    [Fact]
    public void A_correction_that_changes_nothing_keeps_the_version()
    {
        var rate = PremiumRate.From(Scheme.Pu, SocialSecurityProgram.Jkk, RateTerms.OfPercent(0.24m),
            new(2090, 1, 1), new("PP 44/2015"));
        rate.Take(RateTerms.OfPercent(0.24m), new(2090, 1, 1), new("PP 44/2015"));
        Assert.Equal(0, rate.Version);
        rate.Take(RateTerms.OfPercent(0.24m), new(2090, 1, 1), new("PP 44/2015", ToConfirm: true));
        rate.EndOn(new(2090, 12, 31));
        Assert.Equal(2, rate.Version);
    }
}
