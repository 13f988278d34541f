using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Membership.Roster.Summary;

/// <summary>
/// What a set of enrollments costs a month, through Budgeting's calculator (the same path as one person's premium):
/// one quote per distinct scheme, program set and wage base, times how many share it.
/// </summary>
internal sealed class PremiumTotal(IPremiumCalculator calculator)
{
    public async Task<decimal> MonthlyAsync(RosterFigures figures, CancellationToken cancellationToken)
    {
        var total = 0m;
        foreach (var group in figures.Payable)
        {
            var quote = await calculator.MonthlyPremiumAsync(group.Scheme, group.Programs, group.WageBase, figures.On, cancellationToken);
            total += quote.Amount * group.Count;
        }
        return total;
    }
}
