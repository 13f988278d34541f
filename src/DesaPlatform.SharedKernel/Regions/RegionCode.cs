namespace DesaPlatform.SharedKernel.Regions;

/// <summary>
/// Kemendagri dotted region codes: <c>61</c>, <c>61.01</c>, <c>61.01.01</c>, <c>61.01.01.2001</c> — and the empty
/// code, <see cref="Country"/>, for Indonesia as a whole: the root above the provinces, which has no code of its own.
/// </summary>
public static class RegionCode
{
    public const string Country = "";

    private static readonly int[] SegmentLengths = [2, 2, 2, 4];

    public static bool IsWellFormed(string? code)
    {
        if (string.IsNullOrEmpty(code)) return false;
        var segments = code.Split('.');
        if (segments.Length > SegmentLengths.Length) return false;
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length != SegmentLengths[i] || !segments[i].All(char.IsAsciiDigit)) return false;
        }
        return true;
    }

    /// <summary>0 the country, 1 province, 2 regency, 3 district, 4 village.</summary>
    public static int Depth(string code) => code == Country ? 0 : code.Count(c => c == '.') + 1;

    public static string? ParentOf(string code)
    {
        var lastDot = code.LastIndexOf('.');
        return lastDot < 0 ? null : code[..lastDot];
    }

    /// <summary>Length of the codes one level below a code of the given depth (all codes of a level share a length).</summary>
    public static int ChildCodeLength(int depth) => SegmentLengths.Take(depth + 1).Sum() + depth;

    public static bool IsWithin(string code, string ancestorOrSelf) =>
        code == ancestorOrSelf || code.StartsWith(ancestorOrSelf + ".", StringComparison.Ordinal);
}
