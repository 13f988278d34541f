using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Positions;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// One village's current roster in memory with the rules every stated person must meet, so a form, an edit and each
/// row of a 20,000-row spreadsheet are checked the same way without a query per row. <see cref="Stage"/> adds a
/// checked row to the picture, so limits count the rows of the same file too.
/// </summary>
internal sealed class VillageRoster
{
    private readonly Dictionary<Guid, Person> _entries = [];
    private readonly Dictionary<(string Nik, string Position), HashSet<Guid>> _byNikAndPosition = [];
    private readonly Dictionary<string, int> _openPerPosition = [];

    // What each staged version was counted under: a draft may be edited in place after it was staged.
    private readonly Dictionary<Guid, (string Nik, string Position, bool Open)> _countedAs = [];
    private readonly IReadOnlyDictionary<string, Position> _positions;
    private readonly HashSet<string> _districts;
    private readonly ILookup<string, NikElsewhere> _elsewhere;
    private readonly DateOnly _today;

    internal VillageRoster(RegionSummary village, IEnumerable<Person> current, IReadOnlyDictionary<string, Position> positions,
        IEnumerable<string> districts, ILookup<string, NikElsewhere> elsewhere, DateOnly today)
    {
        Village = village;
        _today = today;
        foreach (var person in current) Stage(person);
        _positions = positions;
        _districts = districts.ToHashSet();
        _elsewhere = elsewhere;
    }

    public RegionSummary Village { get; }

    /// <summary>Reads the village's current roster, the catalog, and what the NIKs about to be checked need from elsewhere.</summary>
    public static async Task<VillageRoster> LoadAsync(MembershipDbContext db, IRegionDirectory regions, PositionCatalogCache catalog,
        RegionSummary village, IReadOnlyCollection<string> niks, DateOnly today, CancellationToken cancellationToken) =>
        (await LoadManyAsync(db, regions, catalog, [new RosterToLoad(village, niks, today)], cancellationToken))[village.Code];

    /// <summary>
    /// <see cref="LoadAsync"/> of many villages at once (a regency's or province's file): a few queries for all of them,
    /// not a few per village.
    /// </summary>
    public static async Task<Dictionary<string, VillageRoster>> LoadManyAsync(MembershipDbContext db, IRegionDirectory regions,
        PositionCatalogCache catalog, IReadOnlyCollection<RosterToLoad> villages, CancellationToken cancellationToken)
    {
        var codes = villages.Select(v => v.Village.Code).ToList();
        // Untracked: the rules only read it; a use case loads (tracked) what it changes, an import writes in bulk.
        var current = (await CurrentRoster.Of(db.People).Where(p => codes.Contains(p.RegionCode)).AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(p => p.RegionCode);
        var positions = await catalog.ByCodeAsync(cancellationToken);
        var districts = new HashSet<string>();
        foreach (var district in villages.SelectMany(v => v.Niks).Where(n => n.Length == 16 && n.All(char.IsAsciiDigit)).Select(Nik.DistrictCode).Distinct())
        {
            if (await regions.DistrictExistsAsync(district, cancellationToken)) districts.Add(district);
        }
        var rosters = new Dictionary<string, VillageRoster>();
        foreach (var day in villages.GroupBy(v => v.Today))
        {
            var open = await NikElsewhere.FindAsync(db, day.SelectMany(v => v.Niks).ToList(), day.Key, cancellationToken);
            foreach (var (village, niks, today) in day)
                rosters[village.Code] = new VillageRoster(village, current[village.Code], positions, districts,
                    NikElsewhere.OutsideOf(open, village.Code, niks), today);
        }
        return rosters;
    }

    public Person? Find(Guid entryId) => _entries.GetValueOrDefault(entryId);

    /// <summary>The entry a spreadsheet row means: the same NIK in the same position, the open one first.</summary>
    public Person? Find(string nik, string positionCode) =>
        _byNikAndPosition.TryGetValue((nik, positionCode), out var ids)
            ? ids.Select(id => _entries[id]).OrderByDescending(p => p.IsOpenOn(_today)).ThenByDescending(p => p.TermStart).FirstOrDefault()
            : null;

    /// <summary>Every problem with <paramref name="data"/> as a change to <paramref name="entryId"/> (null: someone new).</summary>
    public List<UserError> Check(PersonData data, Guid? entryId)
    {
        var errors = CheckFields(data).ToList();
        if (errors.Count == 0) errors.AddRange(CheckAgainstRoster(data, entryId));
        return errors;
    }

    /// <summary>A checked statement with the defaults filled in: the position's wage base, programs in order, the phone's digits.</summary>
    public PersonData Resolve(PersonData data) => data with
    {
        Phone = data.Phone is null ? null : WithoutSeparators(data.Phone),
        Enrollment = data.Enrollment is { } e
            ? e with { Programs = e.Programs.Distinct().Order().ToList(), WageBase = e.WageBase ?? _positions[data.PositionCode].DefaultWageBase }
            : null,
    };

    /// <summary>Counts a checked change in (in place of the entry's previous version), so the next check sees it.</summary>
    public void Stage(Person version)
    {
        if (_countedAs.Remove(version.EntryId, out var previous))
        {
            _byNikAndPosition[(previous.Nik, previous.Position)].Remove(version.EntryId);
            if (previous.Open) _openPerPosition[previous.Position]--;
        }
        _entries[version.EntryId] = version;
        var counted = (Nik: version.Nik, Position: version.PositionCode, Open: version.IsOpenOn(_today));
        _countedAs[version.EntryId] = counted;
        if (!_byNikAndPosition.TryGetValue((counted.Nik, counted.Position), out var ids))
            _byNikAndPosition[(counted.Nik, counted.Position)] = ids = [];
        ids.Add(version.EntryId);
        if (counted.Open) _openPerPosition[counted.Position] = _openPerPosition.GetValueOrDefault(counted.Position) + 1;
    }

    private IEnumerable<UserError> CheckFields(PersonData data)
    {
        if (string.IsNullOrWhiteSpace(data.FullName) || data.FullName.Trim().Length > 100)
            yield return new UserError("INVALID_NAME", "Nama lengkap wajib diisi (paling banyak 100 huruf).", "fullName");
        if (Nik.Problem(data.Nik, _today) is { } nikProblem)
            yield return new UserError("INVALID_NIK", nikProblem, "nik");
        else if (!_districts.Contains(Nik.DistrictCode(data.Nik)))
            yield return new UserError("NIK_DISTRICT_UNKNOWN", $"Kecamatan {Nik.DistrictCode(data.Nik)} dalam NIK (digit 1–6) tidak ada.", "nik")
            {
                Values = MessageValues.Of(("district", Nik.DistrictCode(data.Nik))),
            };
        else if (data.BirthDate > _today || data.BirthDate.Year < 1900)
            yield return new UserError("INVALID_BIRTH_DATE", "Tanggal lahir tidak masuk akal.", "birthDate");
        if (data.Phone is { Length: > 0 } phone && !IsPhone(WithoutSeparators(phone)))
            yield return new UserError("INVALID_PHONE", "Nomor HP hanya angka (boleh diawali +, spasi dan tanda - diabaikan), 8–15 digit.", "phone");
        var position = _positions.GetValueOrDefault(data.PositionCode);
        if (position is null)
            yield return new UserError("UNKNOWN_POSITION", $"Jabatan '{data.PositionCode}' tidak ada dalam katalog.", "positionCode")
            {
                Values = MessageValues.Of(("position", data.PositionCode)),
            };
        else if (!Village.IsDesa && position.Segment != Segment.EkosistemDesa)
            yield return new UserError("POSITION_NOT_IN_KELURAHAN", "Kelurahan tidak mempunyai perangkat desa atau BPD.", "positionCode");
        if (data.TermEnd is { } end && end < data.TermStart)
            yield return new UserError("TERM_END_BEFORE_START", "Akhir masa jabatan tidak boleh sebelum awalnya.", "termEnd");
        if (data.SkNumber?.Trim().Length > 100)
            yield return new UserError("INVALID_SK", "Nomor SK paling banyak 100 huruf.", "skNumber");
        if (data.SkDate > _today)
            yield return new UserError("INVALID_SK", "Tanggal SK tidak boleh di masa depan.", "skDate");
        if (data.NikNote?.Trim().Length > 500)
            yield return new UserError("INVALID_NOTE", "Keterangan paling banyak 500 huruf.", "nikNote");
        if (data.Enrollment is not { } enrollment) yield break;
        if (enrollment.Kpj.Length is < 1 or > 20 || !enrollment.Kpj.All(char.IsAsciiDigit))
            yield return new UserError("INVALID_KPJ", "Nomor KPJ hanya berisi angka (paling banyak 20 digit).", "enrollment.kpj");
        if (enrollment.Programs.Count == 0)
            yield return new UserError("NO_PROGRAM", "Pilih paling sedikit satu program.", "enrollment.programs");
        if (enrollment.Scheme == Scheme.Bpu && enrollment.Programs.Contains(SocialSecurityProgram.Jp))
            yield return new UserError("PROGRAM_NOT_IN_SCHEME", "Program JP tidak tersedia untuk skema BPU.", "enrollment.programs");
        if (enrollment.StartDate < data.TermStart)
            yield return new UserError("ENROLLMENT_BEFORE_TERM", "Kepesertaan tidak boleh mulai sebelum masa jabatan.", "enrollment.startDate");
        // Zero is the catalog's default for ecosystem positions, which usually enroll as BPU on a declared income.
        if (enrollment.WageBase is < 0 or > 1_000_000_000)
            yield return new UserError("INVALID_WAGE_BASE", "Dasar upah tidak boleh negatif (paling banyak Rp1 miliar).", "enrollment.wageBase");
    }

    private IEnumerable<UserError> CheckAgainstRoster(PersonData data, Guid? entryId)
    {
        if (!data.IsOpenOn(_today)) yield break;
        var position = _positions[data.PositionCode];
        var self = entryId is { } id ? _entries.GetValueOrDefault(id) : null;
        var samePersonAndPosition = _byNikAndPosition.GetValueOrDefault((data.Nik, data.PositionCode)) ?? [];
        if (samePersonAndPosition.Any(other => other != entryId && _entries[other].IsOpenOn(_today)))
            yield return new UserError("DUPLICATE_NIK", "Orang dengan NIK ini sudah memegang jabatan ini di desa ini.", "nik");
        var othersInPosition = _openPerPosition.GetValueOrDefault(position.Code)
                               - (self is not null && self.PositionCode == position.Code && self.IsOpenOn(_today) ? 1 : 0);
        if (othersInPosition >= position.MaxPerVillage) yield return PositionCaps.Full(position, "positionCode");
        var elsewhere = _elsewhere[data.Nik].ToList();
        var elsewhereVillages = string.Join(", ", elsewhere.Select(e => e.VillageCode).Distinct());
        if (elsewhere.Count > 0 && data.NikNote is null or "")
            yield return new UserError("NIK_HELD_ELSEWHERE",
                $"NIK ini juga memegang jabatan di desa {elsewhereVillages}. " +
                "Biasanya ini salah data; bila memang benar (mis. anggota BPD di dua desa), isi keterangannya.", "nikNote")
            {
                Values = MessageValues.Of(("villages", elsewhereVillages)),
            };
    }

    /// <summary>"0852 1122-3344" as people write it, "085211223344" as it is kept.</summary>
    private static string WithoutSeparators(string phone) =>
        string.Concat(phone.Where(c => c is not (' ' or '-' or '.' or '(' or ')')));

    private static bool IsPhone(string phone)
    {
        var digits = phone.StartsWith('+') ? phone[1..] : phone;
        return digits.Length is >= 8 and <= 15 && digits.All(char.IsAsciiDigit);
    }
}

/// <summary>A village whose roster is to be read, with the NIKs about to be checked against it, on its own day.</summary>
internal sealed record RosterToLoad(RegionSummary Village, IReadOnlyCollection<string> Niks, DateOnly Today);
