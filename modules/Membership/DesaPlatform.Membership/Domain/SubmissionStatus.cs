namespace DesaPlatform.Membership.Domain;

internal enum SubmissionStatus
{
    Submitted,
    Approved,
    Returned,
    Withdrawn,
}
