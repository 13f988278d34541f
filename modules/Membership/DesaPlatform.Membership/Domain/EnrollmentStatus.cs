namespace DesaPlatform.Membership.Domain;

/// <summary>Inactive: premiums stopped but the membership can resume. Ended: closed for good.</summary>
internal enum EnrollmentStatus
{
    Active,
    Inactive,
    Ended,
}
