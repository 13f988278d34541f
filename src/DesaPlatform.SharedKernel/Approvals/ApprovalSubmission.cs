using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// Something a region sends up for approval. It moves only by the steps of <see cref="ApprovalStep"/>, each bumping
/// <see cref="Version"/> (the concurrency token, see <see cref="ApprovalMapping"/>: of two people deciding at once, one wins). A kind of
/// submission derives from <see cref="ApprovalSubmission{TEvent}"/>, adding what it carries and its event row.
/// </summary>
public abstract class ApprovalSubmission : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public SubmissionStatus Status { get; private set; } = SubmissionStatus.Submitted;
    public required DateTime SubmittedAt { get; init; }
    public required string SubmittedBy { get; init; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? Reason { get; private set; }
    public int Version { get; private set; }

    /// <summary>Whole days from sending until it was decided, or until <paramref name="now"/> while it waits.</summary>
    public int WaitingDays(DateTime now) => (int)((ReviewedAt ?? now) - SubmittedAt).TotalDays;

    /// <summary>Takes the step (not submitting: a submission is made submitted); throws if the step does not start where it stands.</summary>
    public ApprovalEvent Take(ApprovalAction action, string by, DateTime at, string? reason)
    {
        var step = ApprovalStep.Of(action);
        if (step.From is null || step.RefuseFrom(Status) is not null)
            throw new InvalidOperationException($"Submission {Id} is {Status}: it cannot {action}.");
        if (step.RefuseReason(reason) is { } refused) throw new InvalidOperationException($"{action} of submission {Id}: {refused.Code}.");
        Status = step.To;
        ReviewedBy = by;
        ReviewedAt = at;
        Reason = reason;
        Version++;
        return Record(step.To, by, at, reason);
    }

    /// <summary>The first event: the submission was sent.</summary>
    internal ApprovalEvent SentEvent() => Record(SubmissionStatus.Submitted, SubmittedBy, SubmittedAt, null);

    private protected abstract ApprovalEvent Record(SubmissionStatus kind, string by, DateTime at, string? reason);
}

/// <summary>A kind of submission whose steps are recorded as <typeparamref name="TEvent"/> rows.</summary>
public abstract class ApprovalSubmission<TEvent> : ApprovalSubmission where TEvent : ApprovalEvent
{
    public TEvent Submitted() => (TEvent)SentEvent();

    public TEvent Approve(string reviewer, DateTime at) => (TEvent)Take(ApprovalAction.Approve, reviewer, at, null);

    public TEvent Return(string reviewer, DateTime at, string reason) => (TEvent)Take(ApprovalAction.Return, reviewer, at, reason);

    public TEvent Withdraw(string submitter, DateTime at) => (TEvent)Take(ApprovalAction.Withdraw, submitter, at, null);

    public TEvent Reopen(string reviewer, DateTime at, string reason) => (TEvent)Take(ApprovalAction.Reopen, reviewer, at, reason);

    /// <summary>The event row of this kind for a step, with what the kind counts besides.</summary>
    protected abstract TEvent Describe(SubmissionStatus kind, string by, DateTime at, string? reason);

    private protected sealed override ApprovalEvent Record(SubmissionStatus kind, string by, DateTime at, string? reason) => Describe(kind, by, at, reason);
}
