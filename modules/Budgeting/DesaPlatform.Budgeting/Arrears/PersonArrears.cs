namespace DesaPlatform.Budgeting.Arrears;

/// <summary>One month a premium was due for a person: what was due, what was paid.</summary>
/// <param name="PolicyAssumed">No funding policy of the person's regency for the year: the due rests on the stated assumption.</param>
internal sealed record MonthArrears(DateOnly Period, decimal Due, decimal Paid, bool PolicyAssumed = false)
{
    public decimal Owed => Math.Max(Due - Paid, 0);
    public bool Unpaid => Paid < Due;
}

/// <summary>
/// A person's premiums from the month their enrollment and term both started to <see cref="AsOf"/>: each month due and
/// paid, what is owed, the run of unpaid months up to <see cref="AsOf"/>, and whether that run is longer than the rule
/// allows (at risk).
/// </summary>
internal sealed record PersonArrears(
    Guid EntryId, string RegionCode, string FullName, string PositionCode, DateOnly AsOf, IReadOnlyList<MonthArrears> Months, int MonthsAllowed)
{
    public decimal Owed => Months.Sum(m => m.Owed);
    public int MonthsOwed => Months.Count(m => m.Unpaid);
    public int ConsecutiveUnpaid => Months.Reverse().TakeWhile(m => m.Unpaid).Count();
    public bool AtRisk => ConsecutiveUnpaid > MonthsAllowed;
}
