using System.Text.RegularExpressions;
using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Spreadsheets;

namespace DesaPlatform.Membership.Reconciliation.Upload;

/// <summary>
/// A participant of the branch's list as read from one row: <see cref="Protected"/> when active with the programmes that
/// protect a person (<see cref="Protection"/>), not merely active.
/// </summary>
internal sealed record Participant(
    int Line, string Nik, string FullName, string? Kpj, Scheme Segment, string Programs, bool Active, bool Protected, string? LastPaidMonth, DateOnly? BirthDate);

/// <summary>
/// The BPJS participant list: the header <see cref="Header"/> (any order; <c>no_kpj</c>, <c>bulan_terakhir_bayar</c> and
/// <c>tanggal_lahir</c> optional), one participant per row.
/// </summary>
internal static partial class ParticipantSheet
{
    public const string NikColumn = "nik";
    public const string Name = "nama";
    public const string Kpj = "no_kpj";
    public const string Segment = "segmen";
    public const string Programs = "program";
    public const string Status = "status";
    public const string LastPaid = "bulan_terakhir_bayar";
    public const string BirthDate = "tanggal_lahir";

    public static readonly string[] Header = [NikColumn, Name, Kpj, Segment, Programs, Status, LastPaid, BirthDate];
    private static readonly string[] Optional = [Kpj, LastPaid, BirthDate];

    public static (IReadOnlyDictionary<string, int>? Columns, ParticipantProblem? Problem) ReadHeader(SheetRow header)
    {
        var columns = new Dictionary<string, int>();
        foreach (var (name, i) in header.Cells.Select((c, i) => (c.Trim().ToLowerInvariant(), i)))
            if (name.Length > 0) columns.TryAdd(name, i);
        var missing = Header.Where(c => !Optional.Contains(c) && !columns.ContainsKey(c)).ToList();
        return missing.Count == 0
            ? (columns, null)
            : (null, new ParticipantProblem(1, missing[0], "BPJS_LIST_WRONG_HEADER",
                $"Baris pertama harus berisi kolom: {string.Join(',', Header)} (no_kpj, bulan_terakhir_bayar dan tanggal_lahir boleh tidak ada).")
                { Values = MessageValues.Of(("columns", string.Join(',', Header))) });
    }

    public static (Participant? Row, List<ParticipantProblem> Problems) Parse(SheetRow row, IReadOnlyDictionary<string, int> columns)
    {
        var problems = new List<ParticipantProblem>();
        string Cell(string column) => columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i].Trim() : "";
        // A NIK or KPJ is not repeated back: the province admin reads them masked everywhere else.
        void Problem(string column, string code, string message) =>
            problems.Add(new(row.Line, column, code, message) { Values = MessageValues.Of(("value", column is NikColumn or Kpj ? "***" : Cell(column))) });

        var nik = Cell(NikColumn);
        if (!SixteenDigits().IsMatch(nik)) Problem(NikColumn, "INVALID_NIK", "NIK harus 16 angka.");
        var name = Cell(Name);
        if (name.Length is 0 or > 100) Problem(Name, "INVALID_NAME", "Nama wajib diisi (paling banyak 100 huruf).");
        var kpj = Cell(Kpj);
        if (kpj.Length > 0 && !Kpjs().IsMatch(kpj)) Problem(Kpj, "INVALID_KPJ", "Nomor KPJ hanya berisi angka (paling banyak 20 digit).");
        Scheme? segment = Cell(Segment).ToUpperInvariant() switch { "PU" => Scheme.Pu, "BPU" => Scheme.Bpu, _ => null };
        if (segment is null) Problem(Segment, "INVALID_SEGMENT", "Segmen harus PU atau BPU.");
        var programs = Cell(Programs).ToUpperInvariant().Split([',', ' ', ';', '+'], StringSplitOptions.RemoveEmptyEntries);
        if (programs.Length == 0 || programs.Any(p => !Enum.TryParse<SocialSecurityProgram>(p, ignoreCase: true, out _)))
            Problem(Programs, "INVALID_PROGRAMS", "Program ditulis dengan koma, dari JKK, JKM, JHT, JP (mis. JKK,JKM).");
        bool? active = Cell(Status).ToLowerInvariant() switch { "aktif" or "active" => true, "nonaktif" or "non-aktif" or "non aktif" or "non-active" => false, _ => null };
        if (active is null) Problem(Status, "INVALID_STATUS", "Status harus aktif atau nonaktif.");
        var lastPaid = Cell(LastPaid);
        if (lastPaid.Length > 0 && !Months().IsMatch(lastPaid)) Problem(LastPaid, "INVALID_PERIOD", "Bulan terakhir bayar ditulis YYYY-MM (mis. 2026-10).");
        var birthText = Cell(BirthDate);
        var birthDate = birthText.Length > 0 ? SheetDates.Parse(birthText) : null;
        if (birthText.Length > 0 && birthDate is null) Problem(BirthDate, "NOT_A_DATE", $"'{birthText}' bukan tanggal (tulis dd/mm/yyyy, mis. 17/08/1980).");
        if (problems.Count > 0) return (null, problems);
        var listed = programs.Select(p => Enum.Parse<SocialSecurityProgram>(p, ignoreCase: true)).Distinct().Order().ToList();
        var programList = string.Join(',', listed.Select(p => p.ToString().ToUpperInvariant()));
        return (new Participant(row.Line, nik, name, kpj.Length > 0 ? kpj : null, segment!.Value, programList, active!.Value,
            Protection.Protects(active.Value, listed), lastPaid.Length > 0 ? lastPaid : null, birthDate), problems);
    }

    [GeneratedRegex("^[0-9]{16}$")]
    private static partial Regex SixteenDigits();

    [GeneratedRegex("^[0-9]{1,20}$")]
    private static partial Regex Kpjs();

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex Months();
}
