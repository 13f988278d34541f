using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Budgeting.Arrears;

/// <summary>
/// Arrears under a region, set-based: the enrolled people (one Membership read), their payments (one read), the due of
/// every month (<see cref="MonthlyDues"/>: the enrollment in force that month, priced for its payers under the policy)
/// and the rule in force. Months run to the last closed month: a month's premium falls due in the next (BPJS bills by
/// the 15th), so the running month owes nothing yet. They start no earlier than the first month the person's village has
/// a payment recorded: before it the platform knows nothing of what was paid, so it claims no arrears (a village with
/// no payment recorded has none, and its people are not counted).
/// </summary>
internal sealed class ArrearsBook(BudgetingDbContext db, IEnrolledPeople enrolled, MonthlyDues monthlyDues, IClock clock)
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
            if (!byRoot.TryGetValue(rootCode, out var read)) byRoot[rootCode] = read = ReadAsync(rootCode, AsOf(rootCode), cancellationToken);
            return read;
        }
    }

    public async Task<int> MonthsAllowedAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        (await RuleAsync(asOf, cancellationToken))?.MonthsAllowed ?? int.MaxValue;

    public Task<ArrearsRule?> RuleAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        db.ArrearsRules.AsNoTracking().Where(r => r.EffectiveFrom <= asOf).OrderByDescending(r => r.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Read afresh, to <paramref name="asOf"/> (a region's villages counted to the month of the region they are counted for).</summary>
    public async Task<IReadOnlyList<PersonArrears>> ReadAsync(string rootCode, DateOnly asOf, CancellationToken cancellationToken)
    {
        var under = rootCode + ".";
        var payments = db.Payments.AsNoTracking().Where(p => (p.RegionCode == rootCode || p.RegionCode.StartsWith(under)) && p.Period <= asOf);
        var trackedFrom = await payments.GroupBy(p => p.RegionCode)
            .Select(village => new { Village = village.Key, From = village.Min(p => p.Period) })
            .ToDictionaryAsync(v => v.Village, v => v.From, cancellationToken);
        if (trackedFrom.Count == 0) return [];
        var people = (await enrolled.UnderAsync(rootCode, cancellationToken)).Where(p => p.Active && trackedFrom.ContainsKey(p.RegionCode)).ToList();
        if (people.Count == 0) return [];
        var paid = await payments.Select(p => new { p.EntryId, p.Period, p.Amount })
            .ToDictionaryAsync(p => (p.EntryId, p.Period), p => p.Amount, cancellationToken);
        var monthsAllowed = await MonthsAllowedAsync(asOf, cancellationToken);
        var owedMonths = people.ToDictionary(p => p.EntryId, p => MonthsOwing(p, trackedFrom[p.RegionCode], asOf));
        var dues = await monthlyDues.PriceAsync(people.SelectMany(p => owedMonths[p.EntryId].Select(m => (p, m))).ToList(), cancellationToken);
        return people.Select(p => new PersonArrears(p.EntryId, p.RegionCode, p.FullName, p.PositionCode, asOf,
                owedMonths[p.EntryId].Select(m =>
                {
                    var (due, assumed) = dues.Due(p, m);
                    return new MonthArrears(m, due, paid.GetValueOrDefault((p.EntryId, m)), assumed);
                }).ToList(),
                monthsAllowed))
            .ToList();
    }

    /// <summary>
    /// Every month the person was enrolled (under any of their KPJs) and in office on at least one day, from the month
    /// their village's payments are recorded from, up to <paramref name="asOf"/>.
    /// </summary>
    private static List<DateOnly> MonthsOwing(EnrolledPerson person, DateOnly trackedFrom, DateOnly asOf)
    {
        var start = new[] { person.FirstEnrolled, person.TermStart, trackedFrom }.Max();
        var from = new DateOnly(start.Year, start.Month, 1);
        var to = person.TermEnd is { } end && end < asOf ? new DateOnly(end.Year, end.Month, 1) : asOf;
        var months = new List<DateOnly>();
        for (var month = from; month <= to; month = month.AddMonths(1)) months.Add(month);
        return months;
    }
}
