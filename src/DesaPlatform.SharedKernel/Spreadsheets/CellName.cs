namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>A cell's name as spreadsheets write it (C5: column C, row 5), for reading XLSX references and naming cells in messages.</summary>
internal static class CellName
{
    private const int LongestShown = 12;

    public static string Of(int column, int line)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters + line;
    }

    /// <summary>
    /// The 0-based column of a reference such as C5, <see cref="SheetLimits.MaxColumns"/> for any column beyond the
    /// limit (however many letters it has), or null when the reference names no column.
    /// </summary>
    public static int? Column(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            column = Math.Min(column * 26 + (char.ToUpperInvariant(c) - 'A' + 1), SheetLimits.MaxColumns + 1);
            letters++;
        }
        return letters == 0 ? null : column - 1;
    }

    /// <summary>A reference as a message may quote it: a hostile one can be any length.</summary>
    public static string Shown(string reference) => reference.Length <= LongestShown ? reference : reference[..LongestShown] + "…";
}
