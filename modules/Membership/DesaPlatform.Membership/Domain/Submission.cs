using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Domain;

/// <summary>
/// A village's roster sent to its regency: approved (becomes official) or returned with a reason by the regency, or
/// withdrawn by the village while it waits. <see cref="ReviewedBy"/> is whoever decided.
/// </summary>
internal sealed class Submission : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public SubmissionStatus Status { get; private set; } = SubmissionStatus.Submitted;
    public required DateTime SubmittedAt { get; init; }
    public required string SubmittedBy { get; init; }
    public required int PeopleCount { get; init; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? Reason { get; private set; }
    public int Version { get; private set; }

    public void Approve(string reviewer, DateTime at) => Review(SubmissionStatus.Approved, reviewer, at, null);

    public void Return(string reviewer, DateTime at, string reason) => Review(SubmissionStatus.Returned, reviewer, at, reason);

    public void Withdraw(string villageUser, DateTime at) => Review(SubmissionStatus.Withdrawn, villageUser, at, null);

    private void Review(SubmissionStatus outcome, string reviewer, DateTime at, string? reason)
    {
        if (Status != SubmissionStatus.Submitted) throw new InvalidOperationException($"Submission {Id} is already {Status}.");
        Status = outcome;
        ReviewedBy = reviewer;
        ReviewedAt = at;
        Reason = reason;
        Version++;
    }
}
