namespace DesaPlatform.Budgeting.Domain;

/// <summary>
/// How premiums are rounded: each program's monthly premium to the whole rupiah, half away from zero. No BPJS
/// regulation found states the rule (README, "Premium rounding"); this one reproduces every published example.
/// </summary>
internal static class Rupiah
{
    public static decimal Round(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The payers' shares of one program's premium (each exact), each a whole rupiah, together the whole premium rounded
    /// once — never a rupiah more or less than is billed: each rounded down, the rupiah left over to the largest
    /// remainders (the first of equal ones).
    /// </summary>
    public static IReadOnlyList<decimal> Shares(IReadOnlyList<decimal> exact)
    {
        var shares = exact.Select(Math.Floor).ToArray();
        var left = (int)(Round(exact.Sum()) - shares.Sum());
        foreach (var i in Enumerable.Range(0, exact.Count).OrderByDescending(i => exact[i] - shares[i]).Take(left)) shares[i]++;
        return shares;
    }
}
