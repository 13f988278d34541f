using System.Globalization;
using System.Text.RegularExpressions;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Spreadsheets;
using DesaPlatform.SharedKernel.Time;

using Col = DesaPlatform.Membership.Roster.RosterColumns;

namespace DesaPlatform.Membership.Roster.Import;

/// <summary>
/// Turns one spreadsheet row into what the village states and names each cell that cannot be read. A cell that cannot
/// be read leaves a stand-in value, so the row's other cells are still checked: every problem of a row at once. Dates
/// may be dd/mm/yyyy, yyyy-mm-dd or an Excel serial number; empty optional cells stay empty — except the enrollment's:
/// those keep what the entry's enrollment has (an older file, or one without those columns, never takes it away). An
/// optional column the file does not have at all keeps what the entry has: a regency's list without SK numbers does
/// not wipe the villages' SK numbers.
/// </summary>
internal sealed class RosterRowParser(IReadOnlyDictionary<string, int> columns, string villageCode, DateOnly today)
{
    // A date outside these is a slip (0001, 9999) or some other number read as an Excel serial, never a real date here.

    /// <summary>The NIK and position a row names: the entry it means.</summary>
    public (string Nik, string PositionCode) Key(SheetRow row) => (CellText(row, Col.Nik), CellText(row, Col.Position));

    /// <summary>One row; <paramref name="before"/> is the entry the row means, if any.</summary>
    public (PersonData Data, List<RosterImportProblem> Problems) Parse(SheetRow row, PersonData? before)
    {
        var problems = new List<RosterImportProblem>();
        string Cell(string column) => CellText(row, column);
        void Problem(string column, string code, string message, string? value = null) => problems.Add(
            new RosterImportProblem(row.Line, column, code, message) { Values = value is null ? MessageValues.None : MessageValues.Of(("value", value)) });

        DateOnly? DateCell(string column, bool required)
        {
            var text = Cell(column);
            if (text.Length == 0)
            {
                if (required) Problem(column, "MISSING_FIELD", "Wajib diisi (tanggal dd/mm/yyyy).");
                return null;
            }
            var date = SheetDates.Parse(text);
            if (date is null) Problem(column, "NOT_A_DATE", $"'{text}' bukan tanggal (tulis dd/mm/yyyy, mis. 17/08/2024).", text);
            else if (!PlausibleDates.Contains(date.Value))
            {
                Problem(column, "DATE_OUT_OF_RANGE", $"Tanggal '{text}' tidak masuk akal: tulis tanggal antara tahun 1900 dan 2100.", text);
                return null;
            }
            return date;
        }

        if (Cell(Col.Village) is { Length: > 0 } village && village != villageCode)
            problems.Add(new RosterImportProblem(row.Line, Col.Village, "OTHER_VILLAGE", $"Baris ini untuk desa {village}, bukan {villageCode}. Impor per desa.")
            {
                Values = MessageValues.Of(("village", village), ("expected", villageCode)),
            });
        var nik = Cell(Col.Nik);
        var fullName = Cell(Col.FullName);
        if (nik.Length == 0) Problem(Col.Nik, "MISSING_FIELD", "Wajib diisi.");
        if (fullName.Length == 0) Problem(Col.FullName, "MISSING_FIELD", "Wajib diisi.");
        var position = Cell(Col.Position);
        if (position.Length == 0) Problem(Col.Position, "MISSING_FIELD", "Wajib diisi (kode dari katalog jabatan, mis. kepala_dusun).");

        Sex? sex = Cell(Col.Sex).ToUpperInvariant() switch
        {
            "" => Domain.Nik.Problem(nik, today) is null ? Domain.Nik.SexOf(nik) : Domain.Sex.Male,
            "L" or "LAKI-LAKI" or "M" => Domain.Sex.Male,
            "P" or "PEREMPUAN" or "F" => Domain.Sex.Female,
            var other => Fail<Sex>(Col.Sex, "NOT_A_SEX", $"'{other}' bukan jenis kelamin (tulis L atau P).", other),
        };
        var birthDate = DateCell(Col.BirthDate, required: false)
                        ?? (Domain.Nik.Problem(nik, today) is null ? Domain.Nik.BirthDate(nik, today) : null);
        var termStart = DateCell(Col.TermStart, required: true);
        var termEnd = DateCell(Col.TermEnd, required: false);
        var skDate = DateCell(Col.SkDate, required: false);
        Appointment? appointment = Cell(Col.Appointment).ToLowerInvariant() switch
        {
            "" or "definitif" => Domain.Appointment.Definitive,
            "plt" or "pj" or "plt/pj" or "pelaksana tugas" or "penjabat" => Domain.Appointment.Acting,
            var other => Fail<Appointment>(Col.Appointment, "NOT_AN_APPOINTMENT", $"'{other}' bukan status jabatan (tulis definitif atau plt).", other),
        };
        var enrollment = ParseEnrollment(Cell, DateCell, Problem, before?.Enrollment);

        if (fullName.StartsWith(RosterColumns.ExampleMarker, StringComparison.OrdinalIgnoreCase))
            Problem(Col.FullName, "EXAMPLE_ROW", "Ini baris contoh dari templat: hapus baris ini.");
        return (new PersonData(fullName, nik, Kept(Col.Sex, sex ?? Domain.Sex.Male, b => b.Sex),
            Kept(Col.BirthDate, birthDate ?? DateOnly.MinValue, b => b.BirthDate), Kept(Col.Phone, NullIfEmpty(Cell(Col.Phone)), b => b.Phone),
            position, termStart ?? DateOnly.MinValue, Kept(Col.TermEnd, termEnd, b => b.TermEnd),
            Kept(Col.SkNumber, NullIfEmpty(Cell(Col.SkNumber)), b => b.SkNumber), Kept(Col.SkDate, skDate, b => b.SkDate),
            Kept(Col.Appointment, appointment ?? Domain.Appointment.Definitive, b => b.Appointment),
            enrollment, Kept(Col.NikNote, NullIfEmpty(Cell(Col.NikNote)), b => b.NikNote)), problems);

        T Kept<T>(string column, T read, Func<PersonData, T> had) => before is not null && !columns.ContainsKey(column) ? had(before) : read;

        T? Fail<T>(string column, string code, string message, string value) where T : struct
        {
            Problem(column, code, message, value);
            return null;
        }
    }

    private static EnrollmentData? ParseEnrollment(Func<string, string> cell, Func<string, bool, DateOnly?> dateCell,
        Action<string, string, string, string?> problem, EnrollmentData? now)
    {
        var kpj = cell(Col.Kpj);
        var enrollmentCells = new[] { Col.Scheme, Col.Programs, Col.WageBase, Col.EnrollmentStart, Col.EnrollmentStatus };
        // Empty cells keep what the same membership (same or no KPJ written) has; a different KPJ is a new membership.
        var kept = now is not null && (kpj.Length == 0 || kpj == now.Kpj) ? now : null;
        if (kpj.Length == 0 && kept is not null)
        {
            if (enrollmentCells.All(c => cell(c).Length == 0)) return kept;
            kpj = kept.Kpj;
        }
        if (kpj.Length == 0)
        {
            foreach (var column in enrollmentCells.Where(c => cell(c).Length > 0))
                problem(column, "KPJ_MISSING", "Ada data kepesertaan tetapi no_kpj kosong.", null);
            return null;
        }
        Scheme? scheme = cell(Col.Scheme).ToUpperInvariant() switch
        {
            "" => kept?.Scheme ?? Contracts.Scheme.Pu,
            "PU" => Contracts.Scheme.Pu,
            "BPU" => Contracts.Scheme.Bpu,
            var other => Fail<Scheme>(Col.Scheme, "NOT_A_SCHEME", $"'{other}' bukan skema (tulis PU atau BPU).", other),
        };
        var programs = new List<SocialSecurityProgram>();
        if (cell(Col.Programs).Length == 0 && kept is not null) programs.AddRange(kept.Programs);
        foreach (var name in cell(Col.Programs).ToUpperInvariant().Split([' ', '+', ',', ';', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Col.ProgramNames.TryGetValue(name, out var program)) programs.Add(program);
            else problem(Col.Programs, "UNKNOWN_PROGRAM", $"Program '{name}' tidak dikenal (JKK, JKM, JHT, JP).", name);
        }
        var wageBase = kept?.WageBase;
        if (cell(Col.WageBase) is { Length: > 0 } wage && (wageBase = ParseRupiah(wage)) is null)
            problem(Col.WageBase, "NOT_RUPIAH", $"'{wage}' bukan angka rupiah (mis. 2022200 atau 2.022.200).", wage);
        var start = dateCell(Col.EnrollmentStart, kept is null) ?? kept?.StartDate;
        Domain.EnrollmentStatus? status = cell(Col.EnrollmentStatus).ToLowerInvariant() switch
        {
            "" => kept?.Status ?? Domain.EnrollmentStatus.Active,
            "aktif" => Domain.EnrollmentStatus.Active,
            "nonaktif" or "non aktif" or "tidak aktif" => Domain.EnrollmentStatus.Inactive,
            "berhenti" or "berakhir" => Domain.EnrollmentStatus.Ended,
            var other => Fail<Domain.EnrollmentStatus>(Col.EnrollmentStatus, "NOT_AN_ENROLLMENT_STATUS",
                $"'{other}' bukan status kepesertaan (aktif, nonaktif, berhenti).", other),
        };
        return new EnrollmentData(kpj, scheme ?? Contracts.Scheme.Pu, programs, wageBase, start ?? DateOnly.MaxValue,
            status ?? Domain.EnrollmentStatus.Active);

        T? Fail<T>(string column, string code, string message, string value) where T : struct
        {
            problem(column, code, message, value);
            return null;
        }
    }

    /// <summary>2022200, 2.022.200 (Indonesian thousands), 2022200.50 or 2022200,50.</summary>
    private static decimal? ParseRupiah(string text)
    {
        if (Regex.IsMatch(text, @"^\d{1,3}(\.\d{3})+$")) text = text.Replace(".", "");
        else if (Regex.IsMatch(text, @"^\d+,\d{1,2}$")) text = text.Replace(',', '.');
        return Regex.IsMatch(text, @"^\d+(\.\d{1,2})?$") ? decimal.Parse(text, CultureInfo.InvariantCulture) : null;
    }

    private string CellText(SheetRow row, string column) =>
        columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i].Trim() : "";

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
