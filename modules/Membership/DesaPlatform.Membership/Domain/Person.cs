using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Domain;

/// <summary>One person holding one position in one village's roster, with their enrollment if any.</summary>
internal sealed class Person : IRegionOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string RegionCode { get; init; }
    public required string FullName { get; set; }
    public required string Nik { get; set; }
    public required string PositionCode { get; set; }
    public required DateOnly TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }
    public Enrollment? Enrollment { get; set; }

    /// <summary>When the enrollment with at least JKK+JKM starts; null when there is none. A column, so the database can count coverage.</summary>
    public DateOnly? CoveredFrom { get; private set; }

    public RosterStatus Status { get; private set; } = RosterStatus.Draft;
    public Guid? SubmissionId { get; private set; }
    public int Version { get; private set; }

    public void Enroll(Enrollment? enrollment)
    {
        Enrollment = enrollment;
        CoveredFrom = enrollment is { HasMinimumPackage: true } ? enrollment.StartDate : null;
    }

    public bool IsCoveredOn(DateOnly day) => CoveredFrom <= day && IsInOfficeOn(day);

    public bool IsInOfficeOn(DateOnly day) => TermStart <= day && (TermEnd is null || TermEnd >= day);

    public void MarkSubmitted(Guid submissionId) => Move(RosterStatus.Draft, RosterStatus.Pending, submissionId);

    public void MarkApproved() => Move(RosterStatus.Pending, RosterStatus.Official, SubmissionId);

    public void MarkReturned() => Move(RosterStatus.Pending, RosterStatus.Draft, null);

    private void Move(RosterStatus from, RosterStatus to, Guid? submissionId)
    {
        if (Status != from) throw new InvalidOperationException($"Person {Id} is {Status}, not {from}.");
        Status = to;
        SubmissionId = submissionId;
        Version++;
    }
}
