using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Membership.AddPerson;

internal sealed record AddPersonInput(
    string VillageCode, string FullName, string Nik, string PositionCode, DateOnly TermStart, DateOnly? TermEnd,
    EnrollmentInput? Enrollment);

internal sealed record EnrollmentInput(
    string Kpj, List<SocialSecurityProgram> Programs, DateOnly StartDate, Scheme Scheme = Scheme.Pu, decimal? WageBase = null);
