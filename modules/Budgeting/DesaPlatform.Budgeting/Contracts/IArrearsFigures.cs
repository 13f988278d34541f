namespace DesaPlatform.Budgeting.Contracts;

/// <summary>Arrears counted for reports (the ARREARS indicator): one read per region, set-based, within the caller's scope.</summary>
public interface IArrearsFigures
{
    /// <summary>
    /// People with an active enrollment under <paramref name="rootCode"/> and those of them at risk, to the last closed
    /// month, counted per region whose code is <paramref name="childCodeLength"/> long (the root itself when that is its length).
    /// </summary>
    Task<ArrearsCounts> CountAsync(string rootCode, int childCodeLength, CancellationToken cancellationToken);
}

/// <param name="AsOf">The last closed month counted, as its first day.</param>
public sealed record ArrearsCounts(DateOnly AsOf, IReadOnlyList<ArrearsFigure> ByRegion)
{
    public ArrearsFigure For(Func<string, bool> counted) =>
        new(string.Empty, ByRegion.Where(r => counted(r.RegionCode)).Sum(r => r.Enrolled), ByRegion.Where(r => counted(r.RegionCode)).Sum(r => r.AtRisk));
}

public sealed record ArrearsFigure(string RegionCode, int Enrolled, int AtRisk);
