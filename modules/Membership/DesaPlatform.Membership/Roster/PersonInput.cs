using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// The add and edit forms' fields. Adding names the village, editing names the version being changed. Sex and birth
/// date default to what the NIK says.
/// </summary>
internal sealed record PersonInput(
    string FullName, string Nik, string PositionCode, DateOnly TermStart, DateOnly? TermEnd = null,
    Sex? Sex = null, DateOnly? BirthDate = null, string? Phone = null, string? SkNumber = null, DateOnly? SkDate = null,
    Appointment Appointment = Appointment.Definitive, EnrollmentInput? Enrollment = null, string? NikNote = null,
    string? VillageCode = null, Guid? PersonId = null)
{
    public PersonData ToData(DateOnly today) => new(
        FullName, Nik,
        Sex ?? (Nik.Length == 16 && Nik.All(char.IsAsciiDigit) ? Domain.Nik.SexOf(Nik) : Domain.Sex.Male),
        BirthDate ?? (Domain.Nik.Problem(Nik, today) is null ? Domain.Nik.BirthDate(Nik, today)!.Value : DateOnly.MinValue),
        Phone, PositionCode, TermStart, TermEnd, SkNumber, SkDate, Appointment,
        Enrollment is { } e ? new EnrollmentData(e.Kpj, e.Scheme, e.Programs, e.WageBase, e.StartDate, e.Status) : null,
        NikNote);
}

internal sealed record EnrollmentInput(
    string Kpj, List<SocialSecurityProgram> Programs, DateOnly StartDate, Scheme Scheme = Scheme.Pu, decimal? WageBase = null,
    EnrollmentStatus Status = EnrollmentStatus.Active);
