using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Membership.Domain;

/// <summary>A BPJS Ketenagakerjaan membership: KPJ number, scheme, programs, wage base, start.</summary>
internal sealed class Enrollment
{
    public required string Kpj { get; init; }
    public required Scheme Scheme { get; init; }
    public required List<SocialSecurityProgram> Programs { get; init; }
    public required decimal WageBase { get; init; }
    public required DateOnly StartDate { get; init; }

    /// <summary>Covered needs at least JKK and JKM.</summary>
    public bool HasMinimumPackage =>
        Programs.Contains(SocialSecurityProgram.Jkk) && Programs.Contains(SocialSecurityProgram.Jkm);
}
