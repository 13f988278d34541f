namespace DesaPlatform.Membership.Domain;

internal enum SubmissionStatus
{
    Submitted,
    Approved,
    Returned,
    Withdrawn,

    /// <summary>Approved, then taken back by the regency with a reason: its changes went back to the village's draft.</summary>
    Reopened,
}
