using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Domain;

/// <summary>A BPJS Ketenagakerjaan membership: KPJ number, scheme, programs, wage base, start, status.</summary>
internal sealed class Enrollment : IInsuredTerms
{
    /// <summary>The KPJ number exposes the member's balance (why BPJS does not share it): personal like the NIK.</summary>
    [Sensitive(Sensitivity.Personal)]
    public required string Kpj { get; init; }
    public required Scheme Scheme { get; init; }
    public required List<SocialSecurityProgram> Programs { get; init; }
    public required decimal WageBase { get; init; }
    public required DateOnly StartDate { get; init; }
    public EnrollmentStatus Status { get; init; } = EnrollmentStatus.Active;

    IReadOnlyCollection<SocialSecurityProgram> IInsuredTerms.Programs => Programs;

    public bool Covers => Protection.Protects(Status == EnrollmentStatus.Active, Programs);
}
