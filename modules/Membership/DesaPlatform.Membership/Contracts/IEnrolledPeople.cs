namespace DesaPlatform.Membership.Contracts;

/// <summary>
/// The people of the approved roster under a region who hold an enrollment, with what identifies them to BPJS (NIK,
/// KPJ) and the months they could owe a premium: set-based, one query, within the caller's scope.
/// </summary>
public interface IEnrolledPeople
{
    Task<IReadOnlyList<EnrolledPerson>> UnderAsync(string rootCode, CancellationToken cancellationToken);
}

/// <param name="EntryId">The roster entry, the same across its versions.</param>
/// <param name="Nik">Personal data: match on it, never log it, mask it where the reader does not need it.</param>
/// <param name="Kpj">Personal data, like <paramref name="Nik"/>.</param>
/// <param name="Active">The enrollment is active (an inactive one owes nothing).</param>
public sealed record EnrolledPerson(
    Guid EntryId, string RegionCode, string FullName, string PositionCode, string Nik, string Kpj,
    DateOnly EnrolledFrom, DateOnly TermStart, DateOnly? TermEnd, bool Active, IInsuredTerms Terms)
{
    /// <summary>Enrolled, active and in office on <paramref name="day"/>: a premium is due for its month.</summary>
    public bool OwesOn(DateOnly day) => Active && EnrolledFrom <= day && TermStart <= day && (TermEnd is null || TermEnd >= day);
}
