namespace DesaPlatform.Membership.Contracts;

/// <summary>
/// What the newest BPJS participant list covering a region says, for coverage read as verified beside declared: the
/// list's date and the NIKs of the people in office in the region's approved rosters whom it has active.
/// </summary>
public interface IBpjsActiveParticipants
{
    /// <summary>Null when no list covers the region (or it is outside the caller's scope).</summary>
    Task<BpjsActiveSet?> LatestAsync(string regionCode, CancellationToken cancellationToken);
}

public sealed record BpjsActiveSet(DateOnly AsOf, IReadOnlySet<string> ActiveNiks);
