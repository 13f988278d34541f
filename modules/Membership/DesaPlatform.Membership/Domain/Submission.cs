using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Domain;

/// <summary>
/// A village's draft changes sent to its regency: approved (they become official) or returned with a reason by the
/// regency, or withdrawn by the village while it waits. An approval can be reopened by the regency with a reason.
/// </summary>
internal sealed class Submission : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public SubmissionStatus Status { get; private set; } = SubmissionStatus.Submitted;
    public required DateTime SubmittedAt { get; init; }
    public required string SubmittedBy { get; init; }
    public required int PeopleCount { get; init; }
    public int AddedCount { get; init; }
    public int ChangedCount { get; init; }
    public int EndedCount { get; init; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? Reason { get; private set; }
    public int Version { get; private set; }

    /// <summary>Whole days from sending until it was decided, or until <paramref name="now"/> while it waits.</summary>
    public int WaitingDays(DateTime now) => (int)((ReviewedAt ?? now) - SubmittedAt).TotalDays;

    public SubmissionEvent Approve(string reviewer, DateTime at) => Decide(SubmissionStatus.Approved, reviewer, at, null);

    public SubmissionEvent Return(string reviewer, DateTime at, string reason) => Decide(SubmissionStatus.Returned, reviewer, at, reason);

    public SubmissionEvent Withdraw(string villageUser, DateTime at) => Decide(SubmissionStatus.Withdrawn, villageUser, at, null);

    public SubmissionEvent Reopen(string reviewer, DateTime at, string reason)
    {
        if (Status != SubmissionStatus.Approved) throw new InvalidOperationException($"Submission {Id} is {Status}, not Approved.");
        return Move(SubmissionStatus.Reopened, reviewer, at, reason);
    }

    public SubmissionEvent Submitted() => SubmissionEvent.Of(this, SubmissionStatus.Submitted, SubmittedBy, SubmittedAt, null);

    private SubmissionEvent Decide(SubmissionStatus outcome, string reviewer, DateTime at, string? reason)
    {
        if (Status != SubmissionStatus.Submitted) throw new InvalidOperationException($"Submission {Id} is already {Status}.");
        return Move(outcome, reviewer, at, reason);
    }

    private SubmissionEvent Move(SubmissionStatus outcome, string by, DateTime at, string? reason)
    {
        Status = outcome;
        ReviewedBy = by;
        ReviewedAt = at;
        Reason = reason;
        Version++;
        return SubmissionEvent.Of(this, outcome, by, at, reason);
    }
}
