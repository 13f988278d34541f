using System.Globalization;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>A date as spreadsheets hold it: typed as text (day first, or ISO), or an XLSX date cell's serial number.</summary>
public static class SheetDates
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    public static DateOnly? Parse(string text)
    {
        if (DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466
            && serial == Math.Floor(serial))
            return ExcelEpoch.AddDays((int)serial);
        return null;
    }
}
