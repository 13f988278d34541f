using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Plans.Domain;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Plans.Compute;

/// <summary>
/// Computes the plans of many villages at once, set-based: one read of the approved rosters, of the policies, of the
/// rate table (one quote per distinct scheme, program, wage base and payer — a few hundred for a whole province).
/// Everyone in office on the roster day is planned for the twelve months, each month at the rates in force then.
/// </summary>
internal sealed class PlanComputer(IApprovedRosters rosters, IPositionCatalog catalog, IFundingPolicies policies, IPremiumCalculator calculator)
{
    private const int RegencyCodeLength = 5;

    /// <summary>The plans of the villages under <paramref name="rootCode"/> whose regency has a policy for the year, by village code.</summary>
    public async Task<IReadOnlyDictionary<string, VillagePlan>> ComputeAsync(string rootCode, int year, DateOnly rosterAsOf,
        CancellationToken cancellationToken)
    {
        var members = await rosters.InOfficeAsync(rootCode, rosterAsOf, cancellationToken);
        var positions = (await catalog.AllAsync(cancellationToken)).ToDictionary(p => p.Code);
        var terms = await policies.ForYearAsync(year, cancellationToken);
        var priced = members.Where(m => positions.ContainsKey(m.PositionCode) && terms.ContainsKey(Regency(m.VillageCode)))
            .Select(m => (Regency: Regency(m.VillageCode), m.PositionCode)).Distinct()
            .Select(p => PositionShares.Of(terms[p.Regency], positions[p.PositionCode])).ToList();
        var quotes = await QuoteAsync(priced.SelectMany(p => p.Requests), year, cancellationToken);
        var monthly = priced.ToDictionary(p => (p.Terms.RegencyCode, p.Position.Code), p => p.Monthly(quotes));

        return members.Where(m => terms.ContainsKey(Regency(m.VillageCode))).GroupBy(m => m.VillageCode).ToDictionary(v => v.Key, village =>
        {
            var villageTerms = terms[Regency(village.Key)];
            var planned = village.Where(m => positions.ContainsKey(m.PositionCode)).ToList();
            var lines = planned.GroupBy(m => m.PositionCode)
                .SelectMany(position => monthly[(villageTerms.RegencyCode, position.Key)].Lines(position.Count()))
                .GroupBy(l => (l.AccountCode, l.Group, l.Payer, l.MonthlyPremium, l.Months))
                .Select(l => l.First() with { People = l.Sum(x => x.People) })
                .OrderBy(l => l.AccountCode).ThenBy(l => l.Payer).ThenBy(l => l.MonthlyPremium).ToList();
            var ratesByPayer = planned.Select(m => m.PositionCode).Distinct()
                .SelectMany(code => monthly[(villageTerms.RegencyCode, code)].RatesByPayer)
                .GroupBy(p => p.Key).ToDictionary(p => p.Key, p => PlanRate.Sorted(p.SelectMany(x => x.Value)));
            return new VillagePlan(village.Key, year, rosterAsOf, lines,
                planned.Select(m => new PlannedMember(m.EntryId, m.FullName, m.PositionCode, PositionGroups.Of(positions[m.PositionCode]))).ToList(),
                PlanRate.Sorted(ratesByPayer.Values.SelectMany(r => r))) { RatesByPayer = ratesByPayer };
        });
    }

    private static string Regency(string villageCode) => villageCode[..RegencyCodeLength];

    private async Task<IReadOnlyDictionary<QuoteKey, YearQuote>> QuoteAsync(IEnumerable<QuoteRequest> requests, int year, CancellationToken cancellationToken)
    {
        var distinct = requests.DistinctBy(QuoteKey.Of).ToList();
        var quotes = await calculator.QuoteYearAsync(distinct, year, cancellationToken);
        return quotes.ToDictionary(q => QuoteKey.Of(q.Request));
    }

    private readonly record struct QuoteKey(Scheme Scheme, SocialSecurityProgram Program, decimal WageBase, PayerKind Payer, bool Discount)
    {
        public static QuoteKey Of(QuoteRequest request) =>
            new(request.Scheme, request.Programs.Single(), request.WageBase, request.Payer, request.DiscountForApbdes);
    }

    /// <summary>A position under a regency's policy: one quote request per program and payer.</summary>
    private sealed record PositionShares(FundingTerms Terms, CatalogPosition Position, GroupFunding Funding, decimal WageBase)
    {
        public static PositionShares Of(FundingTerms terms, CatalogPosition position)
        {
            var funding = terms.For(position);
            return new PositionShares(terms, position, funding, funding.WageBaseOf(position));
        }

        public IEnumerable<QuoteRequest> Requests => Funding.Programs.SelectMany(program => Funding.SharesOf(program)
            .Select(share => Request(program, share.Payer)));

        private QuoteRequest Request(SocialSecurityProgram program, Payer payer) =>
            new(Funding.Scheme, [program], WageBase, payer.Kind(), Terms.BpuDiscountForVillageBudget);

        /// <summary>
        /// Each payer's premium month by month, its share of each program rounded to the rupiah: on the group's APBDes
        /// account for a village's payers and the member, on each program's APBD account for a regency or province.
        /// </summary>
        public PositionMonths Monthly(IReadOnlyDictionary<QuoteKey, YearQuote> quotes)
        {
            var shares = Funding.Programs.SelectMany(program => Funding.SharesOf(program)
                .Select(share => (share, program, quote: quotes[QuoteKey.Of(Request(program, share.Payer))]))).ToList();
            var groupAccount = PlanAccounts.Of(Funding.Group, Terms) ?? "";
            var byPayer = shares.GroupBy(s => s.program).SelectMany(ProgramShares)
                .GroupBy(s => (s.Payer, Account: ApbdAccounts.Of(s.Payer, s.Program) ?? groupAccount))
                .Select(p => new PayerMonths(p.Key.Account, p.Key.Payer, Enumerable.Range(0, 12).Select(month => p.Sum(s => s.Months[month])).ToList()))
                .ToList();
            var rates = shares.GroupBy(s => s.share.Payer).ToDictionary(p => p.Key, p => p.SelectMany(s => s.quote.Months)
                .SelectMany(m => m.Quote.Lines).Select(l => new PlanRate(l.RateId, l.RateVersion, l.DiscountId)).Distinct().ToList());
            return new PositionMonths(Funding.Group, byPayer, rates);
        }
    }

    /// <summary>Each payer's share of one program month by month, whole rupiah adding up to the program's premium (<see cref="Rupiah.Shares"/>).</summary>
    private static IEnumerable<ShareMonths> ProgramShares(IGrouping<SocialSecurityProgram, (PayerShare share, SocialSecurityProgram program, YearQuote quote)> program)
    {
        var shares = program.ToList();
        var months = Enumerable.Range(0, 12)
            .Select(month => Rupiah.Shares(shares.Select(s => s.quote.Months[month].Quote.Amount * s.share.Percent / 100).ToList()))
            .ToList();
        return shares.Select((s, i) => new ShareMonths(s.share.Payer, program.Key, months.Select(m => m[i]).ToList()));
    }

    private sealed record ShareMonths(Payer Payer, SocialSecurityProgram Program, IReadOnlyList<decimal> Months);

    private sealed record PayerMonths(string AccountCode, Payer Payer, IReadOnlyList<decimal> Amounts);

    private sealed record PositionMonths(
        PositionGroup Group, IReadOnlyList<PayerMonths> ByPayer, IReadOnlyDictionary<Payer, List<PlanRate>> RatesByPayer)
    {
        /// <summary>A line per account, payer and monthly premium: the months at that premium.</summary>
        public IEnumerable<PlanLine> Lines(int people) => ByPayer.SelectMany(payer => payer.Amounts.Where(amount => amount > 0)
            .GroupBy(amount => amount)
            .Select(months => new PlanLine(payer.AccountCode, Group, payer.Payer, people, months.Count(), months.Key)));
    }
}
