namespace DesaPlatform.Targets.Indicators;

internal enum IndicatorKind
{
    PersonCoverage,
    VillageRegistration,
    DataCompleteness,
    Ucj,
    Arrears,
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

    /// <summary>Counted from the approved rosters (as opposed to UCJ, from inputs entered from outside, and arrears, from payments).</summary>
    public bool FromRosters => Kind is not (IndicatorKind.Ucj or IndicatorKind.Arrears);

    /// <summary>A lower value is better (arrears): at or under its target is on track.</summary>
    public bool LowerIsBetter => Kind is IndicatorKind.Arrears;
}
