using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Premiums;
using DesaPlatform.Budgeting.Seeding;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Tests.Unit.Budgeting;

/// <summary>Issue 12's checks: the calculator, on the seeded rates, agrees to the rupiah with BPJS's examples.</summary>
public sealed class PremiumCalculatorChecks
{
    private static readonly SocialSecurityProgram[] JkkJkm = [SocialSecurityProgram.Jkk, SocialSecurityProgram.Jkm];

    private static readonly RateTable Seeded = new([.. StandardRates.All()], [.. StandardDiscounts.All()]);

    private static decimal Month(QuoteRequest request, int year, int month) => Seeded.QuoteYear(request, year).Months[month - 1].Quote.Amount;

    [Theory]
    [InlineData(2_022_200, 10_920)] // perangkat desa, PP 11/2019 minimum siltap
    [InlineData(2_426_640, 13_104)] // kepala desa
    public void A_wage_earner_at_jkk_and_jkm(int siltap, int premium) =>
        Assert.Equal(premium, Month(new(Scheme.Pu, JkkJkm, siltap, PayerKind.Apbdes), 2026, 6));

    [Theory]
    [InlineData(PayerKind.Member, false, 8_400)]
    [InlineData(PayerKind.Apbdes, true, 8_400)]
    [InlineData(PayerKind.Apbdes, false, 16_800)]
    [InlineData(PayerKind.ApbdRegency, true, 16_800)]
    [InlineData(PayerKind.ApbdProvince, true, 16_800)]
    [InlineData(PayerKind.Apbn, true, 16_800)]
    public void A_non_wage_earner_at_jkk_and_jkm_pays_half_under_PP_50_2025_where_it_reaches_the_payer(PayerKind payer, bool discountForApbdes, int premium) =>
        Assert.Equal(premium, Month(new(Scheme.Bpu, JkkJkm, 1_000_000m, payer, discountForApbdes), 2026, 4));

    [Fact]
    public void PP_50_2025_runs_from_April_to_December_2026()
    {
        var member = new QuoteRequest(Scheme.Bpu, JkkJkm, 1_000_000m, PayerKind.Member);
        var months = Seeded.QuoteYear(member, 2026).Months.Select(m => m.Quote.Amount);
        Assert.Equal([16_800, 16_800, 16_800, 8_400, 8_400, 8_400, 8_400, 8_400, 8_400, 8_400, 8_400, 8_400], months);
        Assert.Equal(16_800m, Month(member, 2027, 1));
        Assert.All(Seeded.QuoteYear(member, 2026).Months[3].Quote.Lines, line => Assert.NotNull(line.DiscountId));
    }

    [Fact]
    public void The_jp_cap_changes_every_March()
    {
        var head = new QuoteRequest(Scheme.Pu, [SocialSecurityProgram.Jp], 12_000_000m, PayerKind.ApbdRegency);
        Assert.Equal([301_269, 301_269, 316_422], Seeded.QuoteYear(head, 2025).Months.Take(3).Select(m => m.Quote.Amount));
        var year = Seeded.QuoteYear(head, 2026);
        Assert.Equal([316_422, 316_422, 332_589], year.Months.Take(3).Select(m => m.Quote.Amount));
        Assert.Equal(2 * 316_422m + 10 * 332_589m, year.Total);
    }

    [Fact]
    public void Each_line_names_the_rate_version_it_came_from()
    {
        var jkk = PremiumRate.From(Scheme.Pu, SocialSecurityProgram.Jkk, RateTerms.OfPercent(0.24m), new(2015, 7, 1), new("PP 44/2015"));
        jkk.Take(RateTerms.OfPercent(0.24m), new(2015, 7, 1), new("PP 44/2015", "dikoreksi"));
        var quote = new RateTable([jkk], []).Quote(new QuoteRequest(Scheme.Pu, JkkJkm, 2_022_200m, PayerKind.Apbdes), new(2026, 1, 1), discounted: false);

        var line = Assert.Single(quote.Lines);
        Assert.Equal((SocialSecurityProgram.Jkk, 4_853m, 1, (int?)null), (line.Program, line.Amount, line.RateVersion, line.DiscountId));
    }

    [Fact]
    public void After_its_last_day_a_rate_ended_charges_nothing_until_a_later_version_starts()
    {
        var jkm = PremiumRate.From(Scheme.Pu, SocialSecurityProgram.Jkm, RateTerms.OfPercent(0.30m), new(2015, 7, 1), new("PP 44/2015"));
        jkm.EndOn(new(2026, 5, 31));
        var later = PremiumRate.From(Scheme.Pu, SocialSecurityProgram.Jkm, RateTerms.OfPercent(0.40m), new(2026, 8, 1), new("PP 99/2026"));
        var year = new RateTable([jkm, later], []).QuoteYear(new(Scheme.Pu, JkkJkm, 1_000_000m, PayerKind.Apbdes), 2026);

        Assert.Equal([3_000, 3_000, 3_000, 3_000, 3_000, 0, 0, 4_000, 4_000, 4_000, 4_000, 4_000], year.Months.Select(m => m.Quote.Amount));
    }
}
