using System.Globalization;
using System.Text;

namespace DesaPlatform.Regions.Domain;

internal static class RegionName
{
    public const int MaxLength = 100;

    /// <summary>The form names are searched in: lower case, accents and typographic apostrophes folded ("Regapu’u" → "regapu'u").</summary>
    public static string ForSearch(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(c));
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
