namespace DesaPlatform.Membership.Contracts;

/// <summary>The kept coverage figures counted again from the rosters, for every village (the <c>rebuild coverage</c> command).</summary>
public interface ICoverageRebuild
{
    /// <returns>How many villages were counted.</returns>
    Task<int> RebuildAsync(CancellationToken cancellationToken);
}
