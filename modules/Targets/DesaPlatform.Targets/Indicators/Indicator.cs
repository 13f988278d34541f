namespace DesaPlatform.Targets.Indicators;

internal enum IndicatorKind
{
    PersonCoverage,
    VillageRegistration,
    DataCompleteness,
    Ucj,
}

/// <summary>
/// One figure the province watches, with what it counts in words (Bahasa Indonesia and English), its unit and where
/// its data comes from. <see cref="Segment"/> names the reporting segment of the roster indicators.
/// </summary>
internal sealed record Indicator(
    string Code, IndicatorKind Kind, string? Segment, string NameId, string NameEn, string FormulaId, string FormulaEn, string SourceId, string SourceEn)
{
    public const string Percent = "%";
    public string Unit => Percent;

    /// <summary>Counted from the approved rosters (as opposed to UCJ, from inputs entered from outside).</summary>
    public bool FromRosters => Kind is not IndicatorKind.Ucj;
}
