using DesaPlatform.Membership.Contracts;

namespace DesaPlatform.Membership.Domain;

/// <summary>
/// Everything the village states about one person in one position: identity, term, enrollment. The same record comes
/// from the add and edit forms and from each spreadsheet row, so all three are checked by the same rules.
/// </summary>
internal sealed record PersonData(
    string FullName,
    string Nik,
    Sex Sex,
    DateOnly BirthDate,
    string? Phone,
    string PositionCode,
    DateOnly TermStart,
    DateOnly? TermEnd,
    string? SkNumber,
    DateOnly? SkDate,
    Appointment Appointment,
    EnrollmentData? Enrollment,
    string? NikNote)
{
    public bool IsOpenOn(DateOnly day) => TermEnd is null || TermEnd >= day;
}

/// <summary>A stated enrollment; <see cref="WageBase"/> null means the position's default wage base.</summary>
internal sealed record EnrollmentData(
    string Kpj, Scheme Scheme, IReadOnlyList<SocialSecurityProgram> Programs, decimal? WageBase, DateOnly StartDate,
    EnrollmentStatus Status);
