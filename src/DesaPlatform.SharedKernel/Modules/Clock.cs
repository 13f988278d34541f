namespace DesaPlatform.SharedKernel.Modules;

public interface IClock
{
    DateTime UtcNow { get; }
    // Kalimantan Barat keeps WIB (UTC+7): "today" is the local calendar day.
    DateOnly Today => DateOnly.FromDateTime(UtcNow.AddHours(7));
}

public sealed class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
