using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Roster;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.AddPerson;

/// <summary>Adds a person to a village's draft roster, or answers every problem with the input and saves nothing.</summary>
internal sealed class AddPersonHandler(MembershipDbContext db, IRegionDirectory regions, Villages villages, IClock clock)
{
    public async Task<Payload<Person>> HandleAsync(AddPersonInput input, CancellationToken cancellationToken)
    {
        var (village, unknown) = await villages.FindAsync(input.VillageCode, cancellationToken);
        if (village is null) return Payload<Person>.Failure(unknown!);

        var errors = new List<UserError>();
        var position = await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Code == input.PositionCode, cancellationToken);
        errors.AddRange(CheckFields(input, position, village.IsDesa));
        if (errors.All(e => e.Field != "nik") && !await regions.DistrictExistsAsync(Nik.DistrictCode(input.Nik), cancellationToken))
            errors.Add(new UserError("INVALID_NIK", $"Kecamatan {Nik.DistrictCode(input.Nik)} dalam NIK (digit 1–6) tidak ada.", "nik"));
        if (await villages.HasWaitingSubmissionAsync(input.VillageCode, cancellationToken))
            errors.Add(new UserError("ROSTER_LOCKED", "Daftar desa ini sedang menunggu persetujuan kabupaten; tarik dulu pengajuannya.", null));
        if (position is not null && errors.Count == 0)
            errors.AddRange(await CheckRosterAsync(input, position, cancellationToken));
        if (errors.Count > 0) return Payload<Person>.Failure(errors);

        var person = new Person
        {
            RegionCode = input.VillageCode,
            FullName = input.FullName.Trim(),
            Nik = input.Nik,
            PositionCode = position!.Code,
            TermStart = input.TermStart,
            TermEnd = input.TermEnd,
        };
        person.Enroll(input.Enrollment is { } e
            ? new Enrollment { Kpj = e.Kpj, Scheme = e.Scheme, Programs = e.Programs.Distinct().Order().ToList(),
                WageBase = e.WageBase ?? position.DefaultWageBase, StartDate = e.StartDate }
            : null);
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<Person>.Success(person);
    }

    private IEnumerable<UserError> CheckFields(AddPersonInput input, Position? position, bool villageIsDesa)
    {
        if (string.IsNullOrWhiteSpace(input.FullName) || input.FullName.Trim().Length > 100)
            yield return new UserError("INVALID_NAME", "Nama lengkap wajib diisi (paling banyak 100 huruf).", "fullName");
        if (Nik.Problem(input.Nik, clock.Today) is { } nikProblem)
            yield return new UserError("INVALID_NIK", nikProblem, "nik");
        if (position is null)
            yield return new UserError("UNKNOWN_POSITION", $"Jabatan '{input.PositionCode}' tidak ada dalam katalog.", "positionCode");
        else if (!villageIsDesa && position.Segment != Segment.EkosistemDesa)
            yield return new UserError("POSITION_NOT_IN_KELURAHAN", "Kelurahan tidak mempunyai perangkat desa atau BPD.", "positionCode");
        if (input.TermEnd is { } end && end < input.TermStart)
            yield return new UserError("TERM_END_BEFORE_START", "Akhir masa jabatan tidak boleh sebelum awalnya.", "termEnd");
        if (input.Enrollment is not { } enrollment) yield break;
        if (enrollment.Kpj.Length is < 1 or > 20 || !enrollment.Kpj.All(char.IsAsciiDigit))
            yield return new UserError("INVALID_KPJ", "Nomor KPJ hanya berisi angka (paling banyak 20 digit).", "enrollment.kpj");
        if (enrollment.Programs.Count == 0)
            yield return new UserError("NO_PROGRAM", "Pilih paling sedikit satu program.", "enrollment.programs");
        if (enrollment.StartDate < input.TermStart)
            yield return new UserError("ENROLLMENT_BEFORE_TERM", "Kepesertaan tidak boleh mulai sebelum masa jabatan.", "enrollment.startDate");
        if (enrollment.WageBase is <= 0)
            yield return new UserError("INVALID_WAGE_BASE", "Dasar upah harus lebih dari nol.", "enrollment.wageBase");
    }

    private async Task<IEnumerable<UserError>> CheckRosterAsync(AddPersonInput input, Position position, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        var today = clock.Today;
        var roster = db.People.Where(p => p.RegionCode == input.VillageCode && (p.TermEnd == null || p.TermEnd >= today));
        if (await roster.AnyAsync(p => p.Nik == input.Nik && p.PositionCode == position.Code, cancellationToken))
            errors.Add(new UserError("DUPLICATE_NIK", "Orang dengan NIK ini sudah memegang jabatan ini di desa ini.", "nik"));
        if (position.MaxPerVillage is { } max && await roster.CountAsync(p => p.PositionCode == position.Code, cancellationToken) >= max)
            errors.Add(new UserError("POSITION_FULL", $"Jabatan {position.Name} sudah terisi (paling banyak {max}).", "positionCode"));
        return errors;
    }
}
