namespace DesaPlatform.Membership.Contracts;

public interface ICoverageSource
{
    /// <summary>
    /// Approved figures in <paramref name="rootCode"/>, grouped by the first <paramref name="groupCodeLength"/> characters
    /// of the village codes: the root's own length for one total, a child code length for one row per child.
    /// Regions without people have no row.
    /// </summary>
    Task<IReadOnlyList<CoverageCount>> CountAsync(string rootCode, int groupCodeLength, DateOnly on, CancellationToken cancellationToken);

    /// <summary>Approved figures in <paramref name="rootCode"/> per segment, every segment listed.</summary>
    Task<IReadOnlyList<SegmentCoverage>> CountBySegmentAsync(string rootCode, DateOnly on, CancellationToken cancellationToken);

    /// <summary>Roster changes in <paramref name="rootCode"/> waiting for approval: not in the figures yet.</summary>
    Task<int> CountPendingAsync(string rootCode, CancellationToken cancellationToken);
}
