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
/// <param name="Enrollments">
/// Every enrollment (KPJ) the entry held in its approved versions, oldest start first, each as last approved: what BPJS
/// bills in a month is the enrollment started latest by then. The current one is last.
/// </param>
public sealed record EnrolledPerson(
    Guid EntryId, string RegionCode, string FullName, string PositionCode, string Nik, string Kpj,
    DateOnly EnrolledFrom, DateOnly TermStart, DateOnly? TermEnd, bool Active, IInsuredTerms Terms, IReadOnlyList<DatedEnrollment> Enrollments)
{
    /// <summary>Enrolled, active and in office on <paramref name="day"/>: a premium is due for its month.</summary>
    public bool OwesOn(DateOnly day) => Active && EnrolledFrom <= day && TermStart <= day && (TermEnd is null || TermEnd >= day);

    /// <summary>The first day of the entry's first enrollment.</summary>
    public DateOnly FirstEnrolled => Enrollments.Count > 0 ? Enrollments[0].StartDate : EnrolledFrom;

    /// <summary>The terms BPJS bills for <paramref name="month"/> (its first day): the enrollment started latest by the month's end.</summary>
    public IInsuredTerms TermsIn(DateOnly month) =>
        Enrollments.LastOrDefault(e => e.StartDate < month.AddMonths(1))?.Terms ?? Terms;
}

/// <summary>One enrollment of an entry (a KPJ) from its start date, with the scheme, programs and wage base approved for it.</summary>
public sealed record DatedEnrollment(string Kpj, DateOnly StartDate, IInsuredTerms Terms);
