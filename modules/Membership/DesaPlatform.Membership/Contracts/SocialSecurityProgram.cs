namespace DesaPlatform.Membership.Contracts;

/// <summary>BPJS Ketenagakerjaan programs: work accident, death, old-age savings, pension.</summary>
public enum SocialSecurityProgram
{
    Jkk,
    Jkm,
    Jht,
    Jp,
}
