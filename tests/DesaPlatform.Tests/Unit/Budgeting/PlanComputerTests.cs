using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Plans;
using DesaPlatform.Budgeting.Plans.Compute;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Tests.Unit.Budgeting;

/// <summary>The plan of a village: a line per payer and monthly premium, people summed per position, only APBDes shares in the village's plan.</summary>
public sealed class PlanComputerTests
{
    private static readonly CatalogPosition Kaur = new("kaur_keuangan", "Kaur Keuangan", "APARATUR_DESA", false, 2_022_200m);
    private static readonly CatalogPosition Ketua = new("bpd_ketua", "Ketua BPD", "BPD", false, 0m);

    [Fact]
    public async Task A_premium_that_changes_in_April_splits_the_line_and_other_payers_stay_out_of_the_village_plan()
    {
        var terms = new FundingTerms("61.01", 2026, "Perbup", new DateOnly(2025, 12, 1), "5.1.4.91", true,
        [
            Group(PositionGroup.KepalaDesa, Payer.ApbdesAdd), Group(PositionGroup.Perangkat, Payer.ApbdesAdd),
            Group(PositionGroup.Bpd, Payer.ApbdesDd, Payer.ApbdKabupaten), Group(PositionGroup.Ekosistem, Payer.MemberDeduction),
        ]);
        var members = new[]
        {
            new RosterMember("61.01.01.2001", Guid.NewGuid(), "A", "kaur_keuangan"), new RosterMember("61.01.01.2001", Guid.NewGuid(), "B", "kaur_keuangan"),
            new RosterMember("61.01.01.2001", Guid.NewGuid(), "C", "bpd_ketua"),
        };
        var computer = new PlanComputer(new Rosters(members), new Catalog(), new Policies(terms), new AprilDiscount());

        var plans = await computer.ComputeAsync("61.01", 2026, new DateOnly(2026, 1, 2), CancellationToken.None);
        var plan = plans["61.01.01.2001"];

        Assert.Equal(
        [
            new PlanLine("5.1.3.04", PositionGroup.Perangkat, Payer.ApbdesAdd, 2, 12, 2 * 100m),
            new PlanLine("5.1.4.91", PositionGroup.Bpd, Payer.ApbdesDd, 1, 9, 50m),
            new PlanLine("5.1.4.91", PositionGroup.Bpd, Payer.ApbdesDd, 1, 3, 100m),
        ], plan.VillageLines);
        // The regency's share takes no discount: a line over the year per program, on its APBD account, kept for the regency's plan.
        Assert.Equal(
        [
            new PlanLine(ApbdAccounts.Jkk, PositionGroup.Bpd, Payer.ApbdKabupaten, 1, 12, 50m),
            new PlanLine(ApbdAccounts.Jkm, PositionGroup.Bpd, Payer.ApbdKabupaten, 1, 12, 50m),
        ], plan.AllLines.Where(l => l.Payer == Payer.ApbdKabupaten));
        Assert.Equal(3, plan.Members.Count);
        Assert.Equal([new PlanRate(7, 2, null), new PlanRate(7, 2, 9)], plan.Rates);
        // The regency's plan names the rates of its own share only: no discount there.
        Assert.Equal([new PlanRate(7, 2, null)], PlanLevel.Regency.BasisOf("61.01", new DateOnly(2026, 1, 2), plans).Rates);
    }

    [Fact]
    public async Task The_regency_plan_sums_its_share_over_its_villages_with_the_members_of_the_groups_it_pays_for()
    {
        var terms = new FundingTerms("61.01", 2026, "Perbup", new DateOnly(2025, 12, 1), "5.1.4.91", true,
            [Group(PositionGroup.Perangkat, Payer.ApbdesAdd), Group(PositionGroup.Bpd, Payer.ApbdKabupaten)]);
        var members = new[]
        {
            new RosterMember("61.01.01.2001", Guid.NewGuid(), "A", "kaur_keuangan"), new RosterMember("61.01.01.2001", Guid.NewGuid(), "B", "bpd_ketua"),
            new RosterMember("61.01.01.2002", Guid.NewGuid(), "C", "bpd_ketua"),
        };
        var computer = new PlanComputer(new Rosters(members), new Catalog(), new Policies(terms), new AprilDiscount());
        var asOf = new DateOnly(2026, 1, 2);

        var plan = PlanLevel.Regency.BasisOf("61.01", asOf, await computer.ComputeAsync("61.01", 2026, asOf, CancellationToken.None));

        Assert.Equal(
        [
            new PlanLine(ApbdAccounts.Jkk, PositionGroup.Bpd, Payer.ApbdKabupaten, 2, 12, 100m),
            new PlanLine(ApbdAccounts.Jkm, PositionGroup.Bpd, Payer.ApbdKabupaten, 2, 12, 100m),
        ], plan.Lines);
        Assert.Equal(["B", "C"], plan.Members.Select(m => m.FullName).Order());
    }

    [Fact]
    public async Task Two_payers_halving_an_odd_premium_pay_it_to_the_rupiah_between_them_not_a_rupiah_more()
    {
        var terms = new FundingTerms("61.01", 2026, "Perbup", new DateOnly(2025, 12, 1), "5.1.4.91", false,
            [Group(PositionGroup.Perangkat, Payer.ApbdesAdd, Payer.ApbdKabupaten)]);
        var computer = new PlanComputer(new Rosters([new RosterMember("61.01.01.2001", Guid.NewGuid(), "A", "kaur_keuangan")]), new Catalog(),
            new Policies(terms), new Costing(4_853m));

        var plan = (await computer.ComputeAsync("61.01", 2026, new DateOnly(2026, 1, 2), CancellationToken.None))["61.01.01.2001"];

        Assert.Equal(2 * 4_853m, plan.AllLines.Sum(l => l.MonthlyPremium * l.People));
        Assert.Equal([(Payer.ApbdesAdd, 2 * 2_427m), (Payer.ApbdKabupaten, 2 * 2_426m)],
            plan.AllLines.GroupBy(l => l.Payer).OrderBy(p => p.Key).Select(p => (p.Key, p.Sum(l => l.MonthlyPremium))));
    }

    [Theory]
    [InlineData(new[] { 2_426.5, 2_426.5 }, new[] { 2_427.0, 2_426.0 })]
    [InlineData(new[] { 1_617.66, 1_617.67, 1_617.67 }, new[] { 1_617.0, 1_618.0, 1_618.0 })]
    [InlineData(new[] { 4_200.0, 2_100.25 }, new[] { 4_200.0, 2_100.0 })]
    public void Shares_are_whole_rupiah_that_add_up_to_the_premium_rounded_once(double[] exact, double[] shares) =>
        Assert.Equal(shares.Select(s => (decimal)s), Rupiah.Shares(exact.Select(e => (decimal)e).ToList()));

    // Each payer pays half of JKK and half of JKM where two pay, all of both where one does.
    private static GroupFunding Group(PositionGroup group, params Payer[] payers) =>
        new(group, Scheme.Pu, [SocialSecurityProgram.Jkk, SocialSecurityProgram.Jkm], WageBaseRule.SiltapMinimum, null, [],
            [.. new[] { SocialSecurityProgram.Jkk, SocialSecurityProgram.Jkm }.SelectMany(p => payers.Select(payer => new PayerShare(p, payer, 100m / payers.Length)))]);

    private sealed class Rosters(IReadOnlyList<RosterMember> members) : IApprovedRosters
    {
        public Task<IReadOnlyList<RosterMember>> InOfficeAsync(string rootCode, DateOnly asOf, CancellationToken cancellationToken) => Task.FromResult(members);
    }

    private sealed class Catalog : IPositionCatalog
    {
        public Task<IReadOnlyList<CatalogPosition>> AllAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CatalogPosition>>([Kaur, Ketua]);
    }

    private sealed class Policies(FundingTerms terms) : IFundingPolicies
    {
        public Task<FundingTerms?> InForceAsync(string regionCode, DateOnly on, CancellationToken cancellationToken) => Task.FromResult<FundingTerms?>(terms);

        public Task<IReadOnlyDictionary<string, FundingTerms>> ForYearAsync(int year, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, FundingTerms>>(new Dictionary<string, FundingTerms> { [terms.RegencyCode] = terms });
    }

    /// <summary>Every program costs the same amount every month.</summary>
    private sealed class Costing(decimal amount) : IPremiumCalculator
    {
        public Task<PremiumQuote> MonthlyPremiumAsync(IInsuredTerms terms, DateOnly on, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<YearQuote>> QuoteYearAsync(IReadOnlyCollection<QuoteRequest> requests, int year, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<YearQuote>>(requests.Select(r => new YearQuote(r, year, Enumerable.Range(1, 12)
                .Select(month => new MonthQuote(new DateOnly(year, month, 1), PremiumQuote.Of([new PremiumLine(r.Programs.Single(), amount, 7, 2, null)])))
                .ToList())).ToList());
    }

    /// <summary>Every program costs 100 a month; from April half where the policy takes the discount for a village-budget payer.</summary>
    private sealed class AprilDiscount : IPremiumCalculator
    {
        public Task<PremiumQuote> MonthlyPremiumAsync(IInsuredTerms terms, DateOnly on, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<YearQuote>> QuoteYearAsync(IReadOnlyCollection<QuoteRequest> requests, int year, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<YearQuote>>(requests.Select(r => new YearQuote(r, year, Enumerable.Range(1, 12).Select(month =>
            {
                var discounted = month >= 4 && r.Payer == PayerKind.Apbdes && r.DiscountForApbdes && r.WageBase == 0m;
                return new MonthQuote(new DateOnly(year, month, 1),
                    PremiumQuote.Of([new PremiumLine(r.Programs.Single(), discounted ? 50m : 100m, 7, 2, discounted ? 9 : null)]));
            }).ToList())).ToList());
    }
}
