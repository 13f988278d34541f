using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.Tests.Infrastructure;

namespace DesaPlatform.Tests.Unit.SharedKernel;

public sealed class RegionTimeTests
{
    [Theory]
    [InlineData("61.01.01.2001", "WIB")] // Kalimantan Barat
    [InlineData("62", "WIB")] // Kalimantan Tengah
    [InlineData("32.73", "WIB")] // Jawa Barat
    [InlineData("63", "WITA")] // Kalimantan Selatan
    [InlineData("51.71", "WITA")] // Bali
    [InlineData("73.71", "WITA")] // Sulawesi Selatan
    [InlineData("81", "WIT")] // Maluku
    [InlineData("96", "WIT")] // Papua Barat Daya
    [InlineData("", "WIB")] // the country as a whole
    public void Each_province_keeps_its_time_zone(string regionCode, string zone) =>
        Assert.Equal(zone, RegionTime.Of(regionCode).Abbreviation);

    [Fact]
    public void Today_is_the_calendar_day_where_the_region_is()
    {
        // 16:30 UTC on New Year's Eve: 23:30 WIB, 00:30 WITA, 01:30 WIT.
        IClock clock = new SettableClock(new DateTime(2026, 12, 31, 16, 30, 0, DateTimeKind.Utc));

        Assert.Equal(new DateOnly(2026, 12, 31), clock.TodayIn("61.01"));
        Assert.Equal(new DateOnly(2027, 1, 1), clock.TodayIn("73.71"));
        Assert.Equal(new DateOnly(2027, 1, 1), clock.TodayIn("91"));
        Assert.Equal(new DateOnly(2026, 12, 31), clock.Today);
    }

    [Fact]
    public void A_local_day_begins_at_local_midnight() =>
        Assert.Equal(new DateTime(2026, 12, 31, 15, 0, 0, DateTimeKind.Utc), RegionTime.Wit.StartOfDayUtc(new DateOnly(2027, 1, 1)));
}
