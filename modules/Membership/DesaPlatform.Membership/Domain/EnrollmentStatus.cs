namespace DesaPlatform.Membership.Domain;

/// <summary>
/// Inactive: premiums stopped but the membership can resume. Ended: closed for good. In this order: each step down
/// takes more away (<see cref="Losses"/> relies on it).
/// </summary>
internal enum EnrollmentStatus
{
    Active,
    Inactive,
    Ended,
}
