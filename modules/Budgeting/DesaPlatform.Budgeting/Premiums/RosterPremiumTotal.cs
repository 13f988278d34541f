using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Budgeting.Premiums;

/// <summary>
/// What a set of enrollments costs a month, through the calculator (the same path as one person's premium):
/// one quote per distinct scheme, program set and wage base, times how many share it.
/// </summary>
internal static class RosterPremiumTotal
{
    public static async Task<decimal> MonthlyAsync(IPremiumCalculator calculator, IPayableEnrollments enrollments, CancellationToken cancellationToken)
    {
        var total = 0m;
        foreach (var group in enrollments.Payable)
        {
            var quote = await calculator.MonthlyPremiumAsync(group, enrollments.On, cancellationToken);
            total += quote.Amount * group.Count;
        }
        return total;
    }
}
