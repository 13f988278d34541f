using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Arrears;

/// <summary>
/// Arrears under a region, set-based: the enrolled people (one Membership read), their payments (one read), the due of
/// every month from the calculator (one quote per distinct terms and year) and the rule in force. Months run to the
/// last closed month: a month's premium falls due in the next (BPJS bills by the 15th), so the running month owes
/// nothing yet. Due is the rate table's price of the enrollment's programs on its wage base, without discounts.
/// </summary>
internal sealed class ArrearsBook(BudgetingDbContext db, IEnrolledPeople enrolled, IPremiumCalculator calculator, IClock clock)
{
    private readonly Dictionary<string, Task<IReadOnlyList<PersonArrears>>> byRoot = [];

    /// <summary>The last closed month under <paramref name="rootCode"/>, as its first day.</summary>
    public DateOnly AsOf(string rootCode)
    {
        var today = clock.TodayIn(rootCode);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
    }

    /// <summary>Read once per request and region (the roster's person fields ask per person).</summary>
    public Task<IReadOnlyList<PersonArrears>> UnderAsync(string rootCode, CancellationToken cancellationToken)
    {
        lock (byRoot)
        {
            if (!byRoot.TryGetValue(rootCode, out var read)) byRoot[rootCode] = read = ReadAsync(rootCode, cancellationToken);
            return read;
        }
    }

    public async Task<int> MonthsAllowedAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        (await RuleAsync(asOf, cancellationToken))?.MonthsAllowed ?? int.MaxValue;

    public Task<ArrearsRule?> RuleAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        db.ArrearsRules.AsNoTracking().Where(r => r.EffectiveFrom <= asOf).OrderByDescending(r => r.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<PersonArrears>> ReadAsync(string rootCode, CancellationToken cancellationToken)
    {
        var asOf = AsOf(rootCode);
        var people = (await enrolled.UnderAsync(rootCode, cancellationToken)).Where(p => p.Active).ToList();
        if (people.Count == 0) return [];
        var under = rootCode + ".";
        var paid = await db.Payments.AsNoTracking()
            .Where(p => (p.RegionCode == rootCode || p.RegionCode.StartsWith(under)) && p.Period <= asOf)
            .Select(p => new { p.EntryId, p.Period, p.Amount })
            .ToDictionaryAsync(p => (p.EntryId, p.Period), p => p.Amount, cancellationToken);
        var monthsAllowed = await MonthsAllowedAsync(asOf, cancellationToken);
        var owedMonths = people.ToDictionary(p => p.EntryId, p => MonthsOwing(p, asOf));
        var dues = await DuesAsync(people, owedMonths.Values.SelectMany(m => m).Select(m => m.Year).Distinct().ToList(), cancellationToken);
        return people.Select(p => new PersonArrears(p.EntryId, p.RegionCode, p.FullName, p.PositionCode, asOf,
                owedMonths[p.EntryId].Select(m => new MonthArrears(m, dues[(TermsKey(p.Terms), m)], paid.GetValueOrDefault((p.EntryId, m)))).ToList(),
                monthsAllowed))
            .ToList();
    }

    /// <summary>Every month the person was enrolled and in office on at least one day, up to <paramref name="asOf"/>.</summary>
    private static List<DateOnly> MonthsOwing(EnrolledPerson person, DateOnly asOf)
    {
        var start = person.EnrolledFrom > person.TermStart ? person.EnrolledFrom : person.TermStart;
        var from = new DateOnly(start.Year, start.Month, 1);
        var to = person.TermEnd is { } end && end < asOf ? new DateOnly(end.Year, end.Month, 1) : asOf;
        var months = new List<DateOnly>();
        for (var month = from; month <= to; month = month.AddMonths(1)) months.Add(month);
        return months;
    }

    private async Task<Dictionary<(string, DateOnly), decimal>> DuesAsync(List<EnrolledPerson> people, List<int> years, CancellationToken cancellationToken)
    {
        var requests = people.GroupBy(p => TermsKey(p.Terms))
            .ToDictionary(g => g.Key, g => new QuoteRequest(g.First().Terms.Scheme, g.First().Terms.Programs, g.First().Terms.WageBase, PayerKind.Apbdes));
        var byRequest = requests.ToDictionary(r => r.Value, r => r.Key);
        var dues = new Dictionary<(string, DateOnly), decimal>();
        foreach (var year in years)
            foreach (var quote in await calculator.QuoteYearAsync(requests.Values, year, cancellationToken))
                foreach (var month in quote.Months)
                    dues[(byRequest[quote.Request], month.Month)] = month.Quote.Amount;
        return dues;
    }

    private static string TermsKey(IInsuredTerms terms) =>
        $"{terms.Scheme}|{string.Join(',', terms.Programs.Order())}|{terms.WageBase}";
}
