namespace DesaPlatform.SharedKernel.Modules;

/// <summary>The day a year's report is seen on: a past year on its last day; the current year — or a later one, not lived yet — today.</summary>
public static class ReportDay
{
    public static DateOnly Of(int year, DateOnly today) => year < today.Year ? new DateOnly(year, 12, 31) : today;
}
