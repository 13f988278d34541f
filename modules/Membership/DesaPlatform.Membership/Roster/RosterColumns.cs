using System.Globalization;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;

namespace DesaPlatform.Membership.Roster;

/// <summary>
/// The roster spreadsheet: one row per person per position, columns in Bahasa Indonesia. Export writes exactly what
/// import reads, so a file exported and imported again changes nothing.
/// </summary>
internal static class RosterColumns
{
    public const string Village = "kode_desa";
    public const string Nik = "nik";
    public const string FullName = "nama_lengkap";
    public const string Sex = "jenis_kelamin";
    public const string BirthDate = "tanggal_lahir";
    public const string Phone = "no_hp";
    public const string Position = "kode_jabatan";
    public const string TermStart = "mulai_jabatan";
    public const string TermEnd = "akhir_jabatan";
    public const string SkNumber = "no_sk";
    public const string SkDate = "tanggal_sk";
    public const string Appointment = "status_jabatan";
    public const string NikNote = "keterangan_nik";
    public const string Kpj = "no_kpj";
    public const string Scheme = "skema";
    public const string Programs = "program";
    public const string WageBase = "dasar_upah";
    public const string EnrollmentStart = "mulai_kepesertaan";
    public const string EnrollmentStatus = "status_kepesertaan";

    public static readonly IReadOnlyList<string> All =
    [
        Village, Nik, FullName, Sex, BirthDate, Phone, Position, TermStart, TermEnd, SkNumber, SkDate, Appointment, NikNote,
        Kpj, Scheme, Programs, WageBase, EnrollmentStart, EnrollmentStatus,
    ];

    public static readonly IReadOnlyList<string> Required = [Nik, FullName, Position, TermStart];

    /// <summary>Which column an input field's error belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByField = new Dictionary<string, string>
    {
        ["fullName"] = FullName, ["nik"] = Nik, ["sex"] = Sex, ["birthDate"] = BirthDate, ["phone"] = Phone,
        ["positionCode"] = Position, ["termStart"] = TermStart, ["termEnd"] = TermEnd, ["skNumber"] = SkNumber,
        ["skDate"] = SkDate, ["appointment"] = Appointment, ["nikNote"] = NikNote, ["enrollment.kpj"] = Kpj,
        ["enrollment.scheme"] = Scheme, ["enrollment.programs"] = Programs, ["enrollment.wageBase"] = WageBase,
        ["enrollment.startDate"] = EnrollmentStart, ["enrollment.status"] = EnrollmentStatus,
    };

    /// <summary>The input field a column holds (null for kode_desa).</summary>
    public static string? FieldOf(string column) => FieldByColumn.GetValueOrDefault(column);

    private static readonly IReadOnlyDictionary<string, string> FieldByColumn = ByField.ToDictionary(p => p.Value, p => p.Key);

    public static IReadOnlyList<string> Row(string villageCode, PersonData p) =>
    [
        villageCode, p.Nik, p.FullName, p.Sex == Domain.Sex.Female ? "P" : "L", Date(p.BirthDate), p.Phone ?? "", p.PositionCode,
        Date(p.TermStart), Date(p.TermEnd), p.SkNumber ?? "", Date(p.SkDate),
        p.Appointment == Domain.Appointment.Acting ? "plt" : "definitif", p.NikNote ?? "",
        p.Enrollment?.Kpj ?? "", p.Enrollment?.Scheme.ToString().ToUpperInvariant() ?? "",
        p.Enrollment is { } e ? string.Join(" ", e.Programs.Select(x => x.ToString().ToUpperInvariant())) : "",
        p.Enrollment?.WageBase?.ToString("0.##", CultureInfo.InvariantCulture) ?? "", Date(p.Enrollment?.StartDate),
        p.Enrollment?.Status switch
        {
            Domain.EnrollmentStatus.Active => "aktif",
            Domain.EnrollmentStatus.Inactive => "nonaktif",
            Domain.EnrollmentStatus.Ended => "berhenti",
            _ => "",
        },
    ];

    /// <summary>Starts the example row's name, so a template imported with its example still in it is refused.</summary>
    public const string ExampleMarker = "CONTOH";

    /// <summary>An example row for the template.</summary>
    public static IReadOnlyList<string> Example(string villageCode) =>
    [
        villageCode, "6101015708900003", $"{ExampleMarker} - hapus baris ini", "P", "17/08/1990", "081234567890", "kepala_dusun", "01/01/2024", "",
        "141/12/2024", "28/12/2023", "definitif", "", "12345678901", "PU", "JKK JKM", "", "01/02/2024", "aktif",
    ];

    private static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static readonly IReadOnlyDictionary<string, SocialSecurityProgram> ProgramNames =
        Enum.GetValues<SocialSecurityProgram>().ToDictionary(p => p.ToString().ToUpperInvariant());
}
