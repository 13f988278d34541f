using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Arrears;

/// <summary>
/// What BPJS bills each person for each month owed: the enrollment in force that month (scheme, programs, wage base),
/// each program's share priced for its payer under the regency's policy for the year (<see cref="DueShare"/>), rounded
/// to the rupiah per share as the plans are. Set-based: one policy read per year, one quote per distinct scheme,
/// program, wage base and payer per year.
/// </summary>
internal sealed class MonthlyDues(IPremiumCalculator calculator, IFundingPolicies policies, IPositionCatalog catalog)
{
    private const int RegencyCodeLength = 5;

    public async Task<PricedDues> PriceAsync(IReadOnlyCollection<(EnrolledPerson Person, DateOnly Month)> owed, CancellationToken cancellationToken)
    {
        var positions = (await catalog.AllAsync(cancellationToken)).ToDictionary(p => p.Code);
        var years = owed.Select(o => o.Month.Year).Distinct().Order().ToList();
        var policyByYear = new Dictionary<int, IReadOnlyDictionary<string, FundingTerms>>();
        foreach (var year in years) policyByYear[year] = await policies.ForYearAsync(year, cancellationToken);

        // The terms' text once per enrollment, not once per month owed (hundreds of thousands for a province).
        var termsKeys = new Dictionary<IInsuredTerms, string>(ReferenceEqualityComparer.Instance);
        DueKey KeyOf(EnrolledPerson person, DateOnly month)
        {
            var terms = person.TermsIn(month);
            if (!termsKeys.TryGetValue(terms, out var text)) termsKeys[terms] = text = TermsText(terms);
            var group = positions.TryGetValue(person.PositionCode, out var position) ? PositionGroups.Of(position) : PositionGroup.Ekosistem;
            return new DueKey(text, terms, person.RegionCode[..RegencyCodeLength], group, month.Year);
        }

        var keys = owed.Select(o => KeyOf(o.Person, o.Month)).Distinct().ToList();
        var shares = keys.ToDictionary(k => k, k => DueShare.Of(k.Terms, k.Group, policyByYear[k.Year].GetValueOrDefault(k.Regency)));
        var monthly = new Dictionary<(DueKey, int), decimal>();
        foreach (var year in years)
        {
            var ofYear = keys.Where(k => k.Year == year).ToList();
            var requests = ofYear.SelectMany(k => shares[k].Select(s => s.Request(k.Terms))).DistinctBy(QuoteKey.Of).ToList();
            var quotes = (await calculator.QuoteYearAsync(requests, year, cancellationToken)).ToDictionary(q => QuoteKey.Of(q.Request));
            foreach (var key in ofYear)
                for (var month = 0; month < 12; month++)
                    monthly[(key, month + 1)] = shares[key].GroupBy(s => s.Program).Sum(program => Rupiah.Round(program.Sum(s =>
                        quotes[QuoteKey.Of(s.Request(key.Terms))].Months[month].Quote.Amount * s.Percent / 100)));
        }
        return new PricedDues((person, month) =>
        {
            var key = KeyOf(person, month);
            return (monthly[(key, month.Month)], !policyByYear[key.Year].ContainsKey(key.Regency));
        });
    }

    private static string TermsText(IInsuredTerms terms) =>
        FormattableString.Invariant($"{terms.Scheme}|{string.Join(',', terms.Programs.Distinct().Order())}|{terms.WageBase:0.##}");

    private sealed record DueKey(string TermsKey, IInsuredTerms Terms, string Regency, PositionGroup Group, int Year)
    {
        // Equality by the key's text, not the terms' instance: people on the same terms share one price.
        public bool Equals(DueKey? other) => other is not null && (TermsKey, Regency, Group, Year) == (other.TermsKey, other.Regency, other.Group, other.Year);

        public override int GetHashCode() => HashCode.Combine(TermsKey, Regency, Group, Year);
    }

    private readonly record struct QuoteKey(Scheme Scheme, SocialSecurityProgram Program, decimal WageBase, PayerKind Payer, bool Discount)
    {
        public static QuoteKey Of(QuoteRequest request) =>
            new(request.Scheme, request.Programs.Single(), request.WageBase, request.Payer, request.DiscountForApbdes);
    }
}

/// <param name="Due">A person's due for a month, and whether it rests on the assumption (no policy of their regency that year).</param>
internal sealed record PricedDues(Func<EnrolledPerson, DateOnly, (decimal Amount, bool Assumed)> Due);
