using System.Text.RegularExpressions;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>Numbers as Indonesian sheets write them: a whole number may carry thousands dots (125.000).</summary>
public static partial class SheetNumbers
{
    /// <summary>The text without its thousands dots when it is written with them; else as it is.</summary>
    public static string WithoutThousandsDots(string text) => ThousandsDots().IsMatch(text) ? text.Replace(".", "") : text;

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsDots();
}
