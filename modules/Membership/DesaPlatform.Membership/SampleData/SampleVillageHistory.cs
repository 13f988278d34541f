using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.Regions;

namespace DesaPlatform.Membership.SampleData;

/// <summary>
/// The synthetic roster history of one desa, made by the workflow's own steps (a draft, sent, maybe returned and sent
/// again, approved by the regency; later changes superseding approved versions), so that it reads as the product would
/// have recorded it. The village sends its first roster between January 2025 and October 2026; about nine in ten
/// register their apparatus, most at once, the others enrolling later; most protect their BPD too; some replace a
/// kepala dusun; a few have a change waiting for the regency or a draft. Nothing is decided after <see cref="LastDecided"/>.
/// </summary>
internal sealed class SampleVillageHistory
{
    public static readonly DateOnly LastDecided = new(2026, 11, 27);
    private static readonly DateOnly FirstSent = new(2025, 1, 6);
    private static readonly DateOnly LastFirstSent = new(2026, 10, 15);
    private static readonly string[] ReturnReasons =
    [
        "Nomor SK beberapa perangkat belum diisi; mohon dilengkapi lalu ajukan lagi.",
        "Tanggal mulai kepesertaan tidak sesuai kartu BPJS Ketenagakerjaan; mohon diperiksa.",
        "Susunan anggota BPD belum sesuai SK peresmian; mohon diperbaiki.",
    ];

    private static readonly string[] Ecosystem = ["kader_posyandu", "linmas", "ketua_rt", "pkk", "marbot", "lpm", "karang_taruna", "bumdes"];
    private const decimal BpuIncome = 1_000_000m;

    private readonly SampleVillage _village;
    private readonly Random _random;
    private readonly SampleIdentities _identities;
    private readonly IReadOnlyDictionary<string, Segment> _segments;
    private readonly IReadOnlyDictionary<string, decimal> _wageBases;
    private readonly Dictionary<Guid, Person> _official = [];
    private DateOnly _lastDecidedOn;

    private SampleVillageHistory(SampleVillage village, IReadOnlyCollection<Position> catalog)
    {
        _village = village;
        _random = village.Random();
        _identities = new SampleIdentities(village, _random);
        _segments = catalog.ToDictionary(p => p.Code, p => p.Segment);
        _wageBases = catalog.ToDictionary(p => p.Code, p => p.DefaultWageBase);
    }

    public List<Person> People { get; } = [];
    public List<Submission> Submissions { get; } = [];
    public List<SubmissionEvent> Events { get; } = [];

    public static SampleVillageHistory Of(SampleVillage village, IReadOnlyCollection<Position> catalog)
    {
        var history = new SampleVillageHistory(village, catalog);
        history.Build();
        return history;
    }

    private void Build()
    {
        var firstSent = FirstSent.AddDays(_random.Next(LastFirstSent.DayNumber - FirstSent.DayNumber + 1));
        var apparatusEnrolls = Chance(0.9);
        var enrolledAtOnce = Chance(0.7);
        var bpdEnrolls = Chance(apparatusEnrolls ? 0.8 : 0.3);
        bool Enrolls(string position) => Segment(position) switch
        {
            Domain.Segment.AparaturDesa => apparatusEnrolls && Chance(position == "kepala_desa" ? 0.97 : 0.85),
            Domain.Segment.Bpd => bpdEnrolls && Chance(0.9),
            _ => apparatusEnrolls && Chance(0.3),
        };

        var enrolling = new List<string>();
        var roster = FirstRoster().Select(position =>
        {
            var enrolls = Enrolls(position);
            if (enrolls && !enrolledAtOnce) enrolling.Add(position);
            var termStart = firstSent.AddDays(-_random.Next(60, 2200));
            return NewPerson(position, termStart, enrolls && enrolledAtOnce ? firstSent.AddDays(-_random.Next(10, 240)) : null);
        }).ToList();
        if (!Decide(roster, firstSent, mayBeReturned: true)) return;

        var later = new List<(DateOnly On, Func<DateOnly, List<Person>> Change)>();
        if (enrolling.Count > 0) later.Add((_lastDecidedOn.AddDays(_random.Next(30, 360)), on => Enroll(enrolling, on)));
        if (Chance(0.08)) later.Add((_lastDecidedOn.AddDays(_random.Next(45, 480)), ReplaceKepalaDusun));
        foreach (var (planned, change) in later.OrderBy(c => c.On))
        {
            var on = Later(planned);
            if (on > LastDecided) return;
            var changes = change(on);
            if (changes.Count > 0 && !Decide(changes, on, mayBeReturned: false)) return;
        }

        if (Chance(0.02))
        {
            var waitingSince = Later(LastDecided.AddDays(-_random.Next(21)));
            if (waitingSince <= LastDecided) Send(AddEcosystemPerson(waitingSince), waitingSince);
        }
        else if (Chance(0.02))
        {
            AddEcosystemPerson(LastDecided);
        }
    }

    /// <summary>A kepala desa, the secretariat and sections (a post now and then vacant), 2 to 5 kepala dusun, a BPD of 5, 7 or 9, and a few of the ecosystem.</summary>
    private IEnumerable<string> FirstRoster()
    {
        yield return "kepala_desa";
        foreach (var position in new[] { "sekretaris_desa", "kaur_tu_umum", "kaur_keuangan", "kaur_perencanaan", "kasi_pemerintahan", "kasi_kesejahteraan", "kasi_pelayanan" })
            if (position == "sekretaris_desa" || !Chance(0.08)) yield return position;
        for (var dusun = _random.Next(2, 6); dusun > 0; dusun--) yield return "kepala_dusun";
        yield return "bpd_ketua";
        yield return "bpd_wakil_ketua";
        yield return "bpd_sekretaris";
        for (var member = 2 * _random.Next(1, 4); member > 0; member--) yield return "bpd_anggota";
        for (var member = _random.Next(0, 5); member > 0; member--) yield return Ecosystem[_random.Next(Ecosystem.Length)];
    }

    /// <summary>Someone new, enrolled from <paramref name="enrolledOn"/> (not before the term) or not at all.</summary>
    private Person NewPerson(string position, DateOnly termStart, DateOnly? enrolledOn)
    {
        var identity = _identities.Next(Chance(position is "kader_posyandu" or "pkk" ? 0.95 : Segment(position) == Domain.Segment.Bpd ? 0.3 : 0.15));
        var data = new PersonData(identity.FullName, identity.Nik, identity.Sex, identity.BirthDate, null, position, termStart, null,
            $"CONTOH/{_random.Next(1, 200):D3}/SK/{termStart.Year}", termStart.AddDays(-_random.Next(1, 20)),
            Chance(0.04) ? Appointment.Acting : Appointment.Definitive,
            enrolledOn is { } on ? Enrollment(position, identity.Kpj, on < termStart ? termStart : on) : null, null);
        var person = Person.New(_village.Code, data);
        People.Add(person);
        return person;
    }

    private EnrollmentData Enrollment(string position, string kpj, DateOnly startDate)
    {
        var segment = Segment(position);
        List<SocialSecurityProgram> programs = position == "kepala_desa" && Chance(0.4)
            ? [SocialSecurityProgram.Jkk, SocialSecurityProgram.Jkm, SocialSecurityProgram.Jht, SocialSecurityProgram.Jp]
            : [SocialSecurityProgram.Jkk, SocialSecurityProgram.Jkm];
        if (segment == Domain.Segment.EkosistemDesa) return new EnrollmentData(kpj, Scheme.Bpu, programs, BpuIncome, startDate, EnrollmentStatus.Active);
        var status = Chance(0.03) ? EnrollmentStatus.Inactive : EnrollmentStatus.Active;
        // BPD members as the sample funding policies have them: BPU on a declared income, not PU on a perangkat's siltap.
        return segment == Domain.Segment.Bpd
            ? new EnrollmentData(kpj, Scheme.Bpu, programs, BpuIncome, startDate, status)
            : new EnrollmentData(kpj, Scheme.Pu, programs, _wageBases[position], startDate, status);
    }

    /// <summary>The village enrolls, months after its roster was approved, the people it had planned to.</summary>
    private List<Person> Enroll(List<string> positions, DateOnly on)
    {
        var waiting = positions.ToList();
        var changes = new List<Person>();
        foreach (var person in _official.Values.Where(p => p.Enrollment is null && p.TermEnd is null).OrderBy(p => p.Nik).ToList())
        {
            if (!waiting.Remove(person.PositionCode)) continue;
            var kpj = $"9{_village.Number:D6}{9000 + changes.Count:D4}";
            var startDate = on.AddDays(-_random.Next(0, 20));
            changes.Add(Change(person, person.Data() with { Enrollment = Enrollment(person.PositionCode, kpj, startDate < person.TermStart ? person.TermStart : startDate) }));
        }
        return changes;
    }

    /// <summary>A kepala dusun's term ended; the successor takes over the next day, enrolled if the predecessor was.</summary>
    private List<Person> ReplaceKepalaDusun(DateOnly on)
    {
        var leaving = _official.Values.Where(p => p.PositionCode == "kepala_dusun" && p.TermEnd is null).OrderBy(p => p.Nik).First();
        var termEnd = on.AddDays(-_random.Next(3, 30));
        var ended = Change(leaving, leaving.Data() with { TermEnd = termEnd });
        var successor = NewPerson("kepala_dusun", termEnd.AddDays(1), leaving.Enrollment is not null ? termEnd.AddDays(1) : null);
        return [ended, successor];
    }

    private List<Person> AddEcosystemPerson(DateOnly on) => [NewPerson(Ecosystem[_random.Next(Ecosystem.Length)], on.AddDays(-_random.Next(60)), null)];

    private Person Change(Person official, PersonData data)
    {
        var draft = official.DraftChange(data);
        People.Add(draft);
        return draft;
    }

    /// <summary>Sends the drafts and has the regency approve them (sometimes after returning them once); false if they still wait.</summary>
    private bool Decide(List<Person> drafts, DateOnly sentOn, bool mayBeReturned)
    {
        var submission = Send(drafts, sentOn);
        if (mayBeReturned && Chance(0.06))
        {
            var returnedOn = sentOn.AddDays(_random.Next(2, 7));
            Events.Add(submission.Return(_village.Reviewer, At(returnedOn), ReturnReasons[_random.Next(ReturnReasons.Length)]));
            foreach (var person in drafts) person.MarkReturned(null);
            sentOn = returnedOn.AddDays(_random.Next(3, 10));
            submission = Send(drafts, sentOn);
        }
        var approvedOn = sentOn.AddDays(_random.Next(1, 13));
        if (approvedOn > LastDecided) return false;
        var at = At(approvedOn);
        Events.Add(submission.Approve(_village.Reviewer, at));
        foreach (var person in drafts)
        {
            if (person.BasedOnId is not null) _official[person.EntryId].MarkSuperseded();
            person.MarkApproved(at);
            _official[person.EntryId] = person;
        }
        _lastDecidedOn = approvedOn;
        return true;
    }

    private Submission Send(List<Person> drafts, DateOnly sentOn)
    {
        var kinds = drafts.Select(d => ChangeKinds.Of(d.Data(), d.BasedOnId is null ? null : _official[d.EntryId].Data())).ToList();
        var submission = new Submission
        {
            RegionCode = _village.Code,
            SubmittedAt = At(sentOn),
            SubmittedBy = _village.Operator,
            PeopleCount = drafts.Count,
            AddedCount = kinds.Count(k => k == ChangeKind.Added),
            ChangedCount = kinds.Count(k => k == ChangeKind.Changed),
            EndedCount = kinds.Count(k => k == ChangeKind.Ended),
        };
        Submissions.Add(submission);
        Events.Add(submission.Submitted());
        foreach (var person in drafts) person.MarkSubmitted(submission.Id);
        return submission;
    }

    /// <summary>A few days after the last decision at the earliest: a village has one submission at a time.</summary>
    private DateOnly Later(DateOnly planned) => planned > _lastDecidedOn.AddDays(3) ? planned : _lastDecidedOn.AddDays(3);

    /// <summary>During office hours, village time.</summary>
    private DateTime At(DateOnly day) => RegionTime.Of(_village.Code).StartOfDayUtc(day).AddHours(8 + _random.Next(7)).AddMinutes(_random.Next(60));

    private Segment Segment(string position) => _segments[position];

    private bool Chance(double probability) => _random.NextDouble() < probability;
}
