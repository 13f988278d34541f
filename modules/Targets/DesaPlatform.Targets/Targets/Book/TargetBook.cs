using DesaPlatform.SharedKernel.Regions;
using DesaPlatform.Targets.Domain;

namespace DesaPlatform.Targets.Targets.Book;

/// <summary>The target that applies to a region: its own, or else its nearest ancestor's, saying which.</summary>
internal sealed record AppliedTarget(decimal Percent, string SetFor, bool Inherited);

/// <summary>The targets for a set of regions and their ancestors, read in one query.</summary>
internal sealed class TargetBook(IReadOnlyList<Target> targets)
{
    private readonly Dictionary<(string Indicator, string Region, int Year), decimal> _percent =
        targets.ToDictionary(t => (t.Indicator, t.RegionCode, t.Year), t => t.Percent);

    public IEnumerable<int> Years => _percent.Keys.Select(k => k.Year).Distinct().Order();

    public IEnumerable<string> Indicators => _percent.Keys.Select(k => k.Indicator).Distinct();

    public AppliedTarget? For(string indicator, string regionCode, int year)
    {
        for (string? code = regionCode; code is not null; code = RegionCode.ParentOf(code))
        {
            if (_percent.TryGetValue((indicator, code, year), out var percent)) return new AppliedTarget(percent, code, code != regionCode);
        }
        return null;
    }

    /// <summary>The codes whose targets a book for <paramref name="regionCodes"/> needs: each with its ancestors.</summary>
    public static HashSet<string> Lineages(IEnumerable<string> regionCodes)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var regionCode in regionCodes)
        {
            for (string? code = regionCode; code is not null && codes.Add(code); code = RegionCode.ParentOf(code))
            {
            }
        }
        return codes;
    }
}
