namespace DesaPlatform.Membership.Domain;

public enum SubmissionStatus
{
    Submitted,
    Approved,
    Returned,
}
