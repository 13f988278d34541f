using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.SharedKernel.Modules;

public interface IClock
{
    DateTime UtcNow { get; }

    /// <summary>The calendar day now where the region is (WIB, WITA or WIT; see <see cref="RegionTime"/>).</summary>
    DateOnly TodayIn(string regionCode) => RegionTime.Of(regionCode).DayOf(UtcNow);

    /// <summary>The country's day (WIB), for what belongs to no region: rate tables, region files, NIK birth years.</summary>
    DateOnly Today => TodayIn("");
}

public sealed class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
