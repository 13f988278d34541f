namespace DesaPlatform.Targets.Contracts;

/// <summary>
/// Monev findings that still need work, for the lists of lagging desa: a finding is open while any of its follow-up
/// actions is open, in progress or constrained, or while it has no action yet. Counted within the caller's scope.
/// </summary>
public interface IOpenFindings
{
    /// <summary>Open findings per desa code; desa without one are left out (read a missing code as 0).</summary>
    Task<IReadOnlyDictionary<string, int>> CountByVillageAsync(IReadOnlyCollection<string> villageCodes, CancellationToken cancellationToken);
}
