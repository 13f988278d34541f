namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>
/// What a submission's state is news of to its submitter, the same for every kind: a return or a reopening (with its
/// reason) until the next submission, an approval for a fortnight. (The reviewer's news is every submission still
/// <see cref="SubmissionStatus.Submitted"/>.) Read from the state, never stored, so it cannot disagree with it.
/// </summary>
public static class ApprovalNews
{
    public static readonly TimeSpan ApprovalIsNewsFor = TimeSpan.FromDays(14);

    /// <summary>The step the submitter should hear of, or null.</summary>
    public static SubmissionStatus? ForSubmitter(ApprovalSubmission latest, DateTime now) => latest.Status switch
    {
        SubmissionStatus.Returned or SubmissionStatus.Reopened => latest.Status,
        SubmissionStatus.Approved when now - latest.ReviewedAt < ApprovalIsNewsFor => SubmissionStatus.Approved,
        _ => null,
    };
}
