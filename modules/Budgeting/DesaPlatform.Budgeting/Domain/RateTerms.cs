namespace DesaPlatform.Budgeting.Domain;

/// <summary>
/// What a rate charges a month: a percentage of the wage base (or declared income), capped and with a minimum where the
/// regulation says so, or a flat amount.
/// </summary>
internal sealed record RateTerms(decimal? Percent, decimal? FlatAmount, decimal? MinimumAmount, decimal? WageCap)
{
    public static RateTerms OfPercent(decimal percent, decimal? minimum = null, decimal? cap = null) => new(percent, null, minimum, cap);

    public static RateTerms Flat(decimal amount) => new(null, amount, null, null);

    public decimal MonthlyAmount(decimal wageBase)
    {
        if (FlatAmount is { } flat) return flat;
        var basis = WageCap is { } cap ? Math.Min(wageBase, cap) : wageBase;
        return Math.Max(Rupiah.Round(basis * (Percent ?? 0) / 100m), MinimumAmount ?? 0);
    }
}
