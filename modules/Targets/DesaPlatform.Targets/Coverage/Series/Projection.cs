namespace DesaPlatform.Targets.Coverage.Series;

/// <summary>Where the recent trend leads by a target year's last day, and what reaching the target would take.</summary>
/// <param name="ProjectedValue">The value on 31 December of <paramref name="Year"/> if the trend holds, within 0–100.</param>
/// <param name="UnitsNeeded">How many more of what the indicator counts (people, desa) the target needs beyond today's.</param>
/// <param name="UnitsPerMonth">Those spread over the months left.</param>
internal sealed record Projection(int Year, decimal Target, decimal ProjectedValue, bool OnTrack, int MonthsLeft, int UnitsNeeded, decimal UnitsPerMonth)
{
    /// <summary>The months the trend is drawn from: the last half year.</summary>
    public const int TrendMonths = 6;

    /// <summary>
    /// The least-squares slope (points per month) of the last <see cref="TrendMonths"/> points; null with fewer than two.
    /// </summary>
    public static decimal? TrendPerMonth(IReadOnlyList<decimal> values)
    {
        var recent = values.TakeLast(TrendMonths).ToList();
        if (recent.Count < 2) return null;
        var meanX = (recent.Count - 1) / 2m;
        var meanY = recent.Average();
        var covariance = recent.Select((y, x) => (x - meanX) * (y - meanY)).Sum();
        var variance = recent.Select((_, x) => (x - meanX) * (x - meanX)).Sum();
        return Math.Round(covariance / variance, 4);
    }

    /// <param name="now">The last point: its day, value, numerator and denominator.</param>
    public static Projection To(int year, decimal target, decimal trendPerMonth, DateOnly now, decimal value, int numerator, int denominator)
    {
        var monthsLeft = Math.Max(0, (year - now.Year) * 12 + 12 - now.Month);
        var projected = Math.Clamp(Math.Round(value + trendPerMonth * monthsLeft, 2), 0, 100);
        var unitsNeeded = Math.Max(0, (int)Math.Ceiling(target / 100m * denominator) - numerator);
        var perMonth = monthsLeft == 0 ? unitsNeeded : Math.Round((decimal)unitsNeeded / monthsLeft, 1);
        return new Projection(year, target, projected, projected >= target, monthsLeft, unitsNeeded, perMonth);
    }
}
