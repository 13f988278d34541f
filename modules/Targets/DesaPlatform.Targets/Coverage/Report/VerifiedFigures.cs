using DesaPlatform.Membership.Contracts;
using DesaPlatform.Targets.Indicators;

namespace DesaPlatform.Targets.Coverage.Report;

/// <summary>
/// The roster indicators read as verified — covered only where the newest BPJS list of the village has the person
/// active — next to the same indicators declared over the same villages: those a list covers.
/// </summary>
/// <param name="desaListed">Per counted child region, the desa a list covers.</param>
/// <param name="childCodeLength">The length of the counted child regions' codes.</param>
internal sealed class VerifiedFigures(VerifiedCounts counts, IReadOnlyDictionary<string, int> desaListed, int childCodeLength)
{
    /// <summary>Null for the indicators the BPJS list says nothing about (data completeness, UCJ, arrears), and where no list covers a desa.</summary>
    public VerifiedFigure? Of(Indicator indicator, Func<string, bool> counted)
    {
        var villages = desaListed.Where(d => counted(d.Key)).Sum(d => d.Value);
        if (villages == 0) return null;
        // A list of a region above the counted ones covers them all; one below, only the one it lies in.
        var dates = counts.Lists.Where(l => l.RegionCode.Length < childCodeLength || counted(l.RegionCode[..childCodeLength])).Select(l => l.AsOf).ToList();
        VerifiedFigure Figure(int verified, int declared, int whole) => new(verified, declared, whole, villages, dates.Min(), dates.Max());
        return indicator.Kind switch
        {
            IndicatorKind.PersonCoverage => Figure(Of(counts.Verified, indicator, counted).Sum(s => s.Covered),
                Of(counts.Declared, indicator, counted).Sum(s => s.Covered), Of(counts.Declared, indicator, counted).Sum(s => s.InOffice)),
            IndicatorKind.VillageRegistration => Figure(Of(counts.Verified, indicator, counted).Sum(s => s.DesaWithCoverage),
                Of(counts.Declared, indicator, counted).Sum(s => s.DesaWithCoverage), villages),
            _ => null,
        };
    }

    private static IEnumerable<SegmentCount> Of(RosterCounts roster, Indicator indicator, Func<string, bool> counted) =>
        roster.BySegment.Where(s => s.Segment == indicator.Segment && counted(s.RegionCode));
}

/// <summary>
/// One roster indicator read against BPJS over the desa a participant list covers: verified (declared and active at
/// BPJS) and declared, over the same denominator, so the two can stand side by side.
/// </summary>
internal sealed record VerifiedFigure(int Numerator, int DeclaredNumerator, int Denominator, int VillagesListed, DateOnly OldestList, DateOnly NewestList)
{
    public decimal? Value => Percent.Share(Numerator, Denominator);

    public decimal? DeclaredValue => Percent.Share(DeclaredNumerator, Denominator);
}
