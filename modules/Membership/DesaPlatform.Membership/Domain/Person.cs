using DesaPlatform.Membership.Contracts;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.Membership.Domain;

/// <summary>
/// One version of a person holding one position in one village's roster, with their enrollment if any.
/// <see cref="EntryId"/> ties the versions of the same entry together; <see cref="BasedOnId"/> is the official version
/// a change replaces (null for someone new). Official data is never edited in place: a change is a new Draft version.
/// </summary>
internal sealed class Person : IRegionOwned, IRosterEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EntryId { get; init; }
    public Guid? BasedOnId { get; init; }
    public required string RegionCode { get; init; }

    public string FullName { get; private set; } = "";
    [Sensitive(Sensitivity.Nik)]
    public string Nik { get; private set; } = "";
    public Sex Sex { get; private set; }
    [Sensitive(Sensitivity.Personal)]
    public DateOnly BirthDate { get; private set; }

    [Sensitive(Sensitivity.Personal)]
    public string? Phone { get; private set; }

    public string PositionCode { get; private set; } = "";
    public DateOnly TermStart { get; private set; }
    public DateOnly? TermEnd { get; private set; }
    public string? SkNumber { get; private set; }
    public DateOnly? SkDate { get; private set; }
    public Appointment Appointment { get; private set; }
    public Enrollment? Enrollment { get; private set; }

    /// <summary>Why the same NIK also holds a position in another village (required in that case).</summary>
    public string? NikNote { get; private set; }

    /// <summary>When an active enrollment with at least JKK+JKM starts; null otherwise. A column, so the database can count coverage.</summary>
    public DateOnly? CoveredFrom { get; private set; }

    public RosterStatus Status { get; private set; } = RosterStatus.Draft;

    /// <summary>The submission that carries (Pending) or made official (Official, Superseded) this version.</summary>
    public Guid? SubmissionId { get; private set; }

    /// <summary>When this version became official (its approval); null while draft or pending.</summary>
    public DateTime? ApprovedAt { get; private set; }

    /// <summary>The reviewer's remark on this entry when the submission was returned; cleared when it is sent again.</summary>
    public string? ReviewComment { get; private set; }

    public int Version { get; private set; }

    public static Person New(string villageCode, PersonData data)
    {
        var person = new Person { RegionCode = villageCode, EntryId = Guid.NewGuid() };
        person.Apply(data);
        return person;
    }

    /// <summary>The draft that changes this official version; the official one stays in force until approval.</summary>
    public Person DraftChange(PersonData data)
    {
        if (Status != RosterStatus.Official) throw new InvalidOperationException($"Person {Id} is {Status}, not Official.");
        var draft = new Person { RegionCode = RegionCode, EntryId = EntryId, BasedOnId = Id };
        draft.Apply(data);
        return draft;
    }

    /// <summary>Takes over a checked, resolved statement (wage base filled in).</summary>
    public void Apply(PersonData data)
    {
        FullName = data.FullName.Trim();
        Nik = data.Nik;
        Sex = data.Sex;
        BirthDate = data.BirthDate;
        Phone = string.IsNullOrWhiteSpace(data.Phone) ? null : data.Phone.Trim();
        PositionCode = data.PositionCode;
        TermStart = data.TermStart;
        TermEnd = data.TermEnd;
        SkNumber = string.IsNullOrWhiteSpace(data.SkNumber) ? null : data.SkNumber.Trim();
        SkDate = data.SkDate;
        Appointment = data.Appointment;
        NikNote = string.IsNullOrWhiteSpace(data.NikNote) ? null : data.NikNote.Trim();
        Enrollment = data.Enrollment is { } e
            ? new Enrollment
            {
                Kpj = e.Kpj, Scheme = e.Scheme, Programs = e.Programs.ToList(), WageBase = e.WageBase!.Value,
                StartDate = e.StartDate, Status = e.Status,
            }
            : null;
        CoveredFrom = Enrollment is { Covers: true } ? Enrollment.StartDate : null;
    }

    /// <summary>What this version states, as a form or spreadsheet row would state it.</summary>
    public PersonData Data() => new(FullName, Nik, Sex, BirthDate, Phone, PositionCode, TermStart, TermEnd, SkNumber, SkDate,
        Appointment,
        Enrollment is { } e ? new EnrollmentData(e.Kpj, e.Scheme, e.Programs, e.WageBase, e.StartDate, e.Status) : null,
        NikNote);

    public bool IsCoveredOn(DateOnly day) => CoveredFrom <= day && IsInOfficeOn(day);

    public bool IsInOfficeOn(DateOnly day) => TermStart <= day && (TermEnd is null || TermEnd >= day);

    public IInsuredTerms? PaidEnrollmentOn(DateOnly day) =>
        Enrollment is { Status: EnrollmentStatus.Active } enrollment && IsInOfficeOn(day) ? enrollment : null;

    /// <summary>Still holds the position on <paramref name="day"/> or later.</summary>
    public bool IsOpenOn(DateOnly day) => TermEnd is null || TermEnd >= day;

    public void MarkSubmitted(Guid submissionId)
    {
        Move(RosterStatus.Draft, RosterStatus.Pending, submissionId);
        ReviewComment = null;
    }

    public void MarkApproved(DateTime at)
    {
        Move(RosterStatus.Pending, RosterStatus.Official, SubmissionId);
        ApprovedAt = at;
    }

    public void MarkReturned(string? comment)
    {
        Move(RosterStatus.Pending, RosterStatus.Draft, null);
        ReviewComment = comment;
    }

    public void MarkSuperseded() => Move(RosterStatus.Official, RosterStatus.Superseded, SubmissionId);

    /// <summary>Reopening an approval: the version it replaced is official again.</summary>
    public void Restore() => Move(RosterStatus.Superseded, RosterStatus.Official, SubmissionId);

    /// <summary>Reopening an approval: this version goes back to the village's draft (the reason is the submission's).</summary>
    public void Reopen()
    {
        Move(RosterStatus.Official, RosterStatus.Draft, null);
        ApprovedAt = null;
    }

    private void Move(RosterStatus from, RosterStatus to, Guid? submissionId)
    {
        if (Status != from) throw new InvalidOperationException($"Person {Id} is {Status}, not {from}.");
        Status = to;
        SubmissionId = submissionId;
        Version++;
    }
}
