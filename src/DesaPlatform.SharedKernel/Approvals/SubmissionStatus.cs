namespace DesaPlatform.SharedKernel.Approvals;

/// <summary>Where a submission stands, whatever it carries (a roster's changes, a budget plan).</summary>
public enum SubmissionStatus
{
    Submitted,
    Approved,
    Returned,
    Withdrawn,

    /// <summary>Approved, then taken back by the reviewer with a reason: what it carried went back to the submitter's draft.</summary>
    Reopened,
}
