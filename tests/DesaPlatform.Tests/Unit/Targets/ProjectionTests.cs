using DesaPlatform.Targets.Coverage.Series;

namespace DesaPlatform.Tests.Unit.Targets;

/// <summary>The trend is the slope of the last six months; a projection says where it leads and what the target needs.</summary>
public sealed class ProjectionTests
{
    [Fact]
    public void The_trend_is_the_least_squares_slope_of_the_last_six_months()
    {
        Assert.Equal(2m, Projection.TrendPerMonth([90m, 0m, 10m, 12m, 14m, 16m, 18m, 20m]));
        Assert.Equal(1.5m, Projection.TrendPerMonth([10m, 11.5m, 13m, 14.5m, 16m, 17.5m]));
        Assert.Equal(1.5286m, Projection.TrendPerMonth([10m, 11m, 13m, 14m, 16m, 17.5m]));
        Assert.Null(Projection.TrendPerMonth([40m]));
    }

    [Fact]
    public void A_projection_counts_the_months_to_the_year_end_and_what_is_missing()
    {
        var now = new DateOnly(2026, 6, 30);
        var behind = Projection.To(2026, target: 60.80m, trendPerMonth: 1m, now, value: 50m, numerator: 500, denominator: 1000);
        Assert.Equal((6, 56m, false, 108, 18m), (behind.MonthsLeft, behind.ProjectedValue, behind.OnTrack, behind.UnitsNeeded, behind.UnitsPerMonth));

        var ahead = Projection.To(2030, target: 65.77m, trendPerMonth: 0.5m, now, value: 50m, numerator: 500, denominator: 1000);
        Assert.Equal((54, 77m, true, 158), (ahead.MonthsLeft, ahead.ProjectedValue, ahead.OnTrack, ahead.UnitsNeeded));

        var capped = Projection.To(2030, target: 65m, trendPerMonth: 5m, now, value: 90m, numerator: 900, denominator: 1000);
        Assert.Equal((100m, 0), (capped.ProjectedValue, capped.UnitsNeeded));
    }
}
