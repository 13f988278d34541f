using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Targets.Indicators;
using DesaPlatform.Targets.Targets.Book;
using DesaPlatform.Targets.Ucj;

namespace DesaPlatform.Targets.Coverage.Report;

/// <summary>
/// Every indicator of the catalog for a region on a day: the roster ones from the roster counted per child region and
/// the desa there (and, where a BPJS list covers villages, read as verified too), UCJ from the region's own input in force that day, ARREARS from the arrears to the last closed month.
/// </summary>
internal sealed class IndicatorFigures(
    RosterCounts counts, IReadOnlyDictionary<string, int> desa, TargetBook targets, int year, UcjBook ucj, ArrearsCounts? arrears,
    VerifiedFigures? verified, DateOnly day)
{
    private static readonly IReadOnlyList<string> OwnSegments = RosterCounts.Segments.Where(s => s != RosterCounts.KepalaDesa).ToList();

    /// <param name="counted">Which of the counted child regions make up this region.</param>
    public CoverageFigures Of(string regionCode, string regionName, Func<string, bool> counted)
    {
        var segments = counts.BySegment.Where(c => counted(c.RegionCode)).ToList();
        var villages = counts.ByRegion.Where(c => counted(c.RegionCode)).ToList();
        var allDesa = desa.Where(d => counted(d.Key)).Sum(d => d.Value);
        var approved = villages.Sum(v => v.DesaWithApprovedRoster);
        var indicators = IndicatorCatalog.All.Select(indicator =>
        {
            var segment = segments.Where(s => s.Segment == indicator.Segment).ToList();
            if (indicator.Kind is IndicatorKind.Ucj) return UcjFigure(indicator, regionCode);
            if (indicator.Kind is IndicatorKind.Arrears) return ArrearsFigure(indicator, regionCode, counted);
            (int? Part, int? Whole) share = indicator.Kind switch
            {
                IndicatorKind.PersonCoverage => (segment.Sum(s => s.Covered), segment.Sum(s => s.InOffice)),
                IndicatorKind.VillageRegistration => (segment.Sum(s => s.DesaWithCoverage), allDesa),
                IndicatorKind.DataCompleteness => (approved, allDesa),
                _ => throw new InvalidOperationException($"No roster figure for {indicator.Code}."),
            };
            return new IndicatorFigure(indicator, share.Part, share.Whole, targets.For(indicator.Code, regionCode, year))
            {
                Verified = verified?.Of(indicator, counted),
            };
        }).ToList();
        var own = segments.Where(s => OwnSegments.Contains(s.Segment)).ToList();
        return new CoverageFigures(regionCode, regionName, own.Sum(s => s.InOffice), own.Sum(s => s.Covered), allDesa,
            villages.Sum(v => v.DesaWithCoverage), approved, indicators);
    }

    /// <summary>People at risk over people with an active enrollment; no figure where arrears were not counted (a past day).</summary>
    private IndicatorFigure ArrearsFigure(Indicator indicator, string regionCode, Func<string, bool> counted)
    {
        var figure = arrears?.For(counted);
        return new IndicatorFigure(indicator, figure?.AtRisk, figure?.Enrolled, targets.For(indicator.Code, regionCode, year))
        {
            ArrearsAsOf = arrears?.AsOf,
        };
    }

    private IndicatorFigure UcjFigure(Indicator indicator, string regionCode)
    {
        var input = ucj.InForce(regionCode, day);
        return new IndicatorFigure(indicator, input?.Participants, input?.WorkingPopulation, targets.For(indicator.Code, regionCode, year))
        {
            UcjInput = input,
        };
    }
}
