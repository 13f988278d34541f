namespace DesaPlatform.SharedKernel.Time;

/// <summary>
/// The dates a person may enter — in a form, through the API or in a spreadsheet: 1900 to 2100. A year 1 or 9999 is a
/// typing slip, and the databases and spreadsheet programs disagree about such dates.
/// </summary>
public static class PlausibleDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;
}
