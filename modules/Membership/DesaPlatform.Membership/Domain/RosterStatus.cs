namespace DesaPlatform.Membership.Domain;

/// <summary>Draft: the village's working copy. Pending: submitted, waiting for the regency. Official: approved.</summary>
internal enum RosterStatus
{
    Draft,
    Pending,
    Official,
}
