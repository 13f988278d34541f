namespace DesaPlatform.Budgeting.Domain;

/// <summary>
/// How many consecutive unpaid months BPJS allows before a person's protection is at risk, from a date, with its
/// source: data, so that a confirmed figure replaces the assumption without a release.
/// </summary>
internal sealed class ArrearsRule
{
    public int Id { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public required int MonthsAllowed { get; init; }
    public required string Source { get; init; }

    public const int SourceMaxLength = 300;
}
