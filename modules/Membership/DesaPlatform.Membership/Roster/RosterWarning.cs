using System.Globalization;
using DesaPlatform.Membership.Domain;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// Something a reviewer should look at that does not stop the change: shown on the roster and the review page.
/// <see cref="Date"/>, <see cref="Villages"/> and <see cref="Note"/> carry what the message says in words, so a reader in
/// another language can word it again.
/// </summary>
internal sealed record RosterWarning(string Code, string Message, DateOnly? Date = null, string? Villages = null, string? Note = null)
{
    public static List<RosterWarning> For(Person person, IEnumerable<NikElsewhere> elsewhere, DateOnly today)
    {
        var warnings = new List<RosterWarning>();
        if (Nik.BirthDate(person.Nik, today) is { } fromNik && fromNik != person.BirthDate)
            warnings.Add(new("NIK_BIRTH_DATE", $"Tanggal lahir berbeda dengan yang tertulis dalam NIK ({fromNik.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).",
                Date: fromNik));
        if (person.Nik.Length == 16 && Nik.SexOf(person.Nik) != person.Sex)
            warnings.Add(new("NIK_SEX", "Jenis kelamin berbeda dengan yang tertulis dalam NIK (tanggal + 40 untuk perempuan)."));
        var villages = elsewhere.Select(e => e.VillageCode).Distinct().ToList();
        if (villages.Count > 0)
            warnings.Add(new("NIK_ELSEWHERE", $"NIK yang sama memegang jabatan di desa {string.Join(", ", villages)}. Keterangan: {person.NikNote ?? "-"}",
                Villages: string.Join(", ", villages), Note: person.NikNote));
        if (person.IsInOfficeOn(today) && !person.IsCoveredOn(today))
            warnings.Add(new("NOT_COVERED", "Belum terlindungi: perlu kepesertaan aktif dengan paling sedikit JKK dan JKM."));
        if (person.TermEnd < today && person.Enrollment is { Status: EnrollmentStatus.Active })
            warnings.Add(new("TERM_OVER_ENROLLMENT_ACTIVE", "Masa jabatan (SK) sudah berakhir tetapi kepesertaan masih aktif: akhiri atau pindahkan kepesertaannya."));
        return warnings;
    }
}
