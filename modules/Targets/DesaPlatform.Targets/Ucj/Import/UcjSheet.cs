using System.Globalization;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Spreadsheets;
using DesaPlatform.Targets.Domain;

namespace DesaPlatform.Targets.Ucj.Import;

/// <summary>A row of a UCJ sheet as read: its cells parsed, or the problems of the cells that could not be.</summary>
internal sealed record UcjSheetRow(int Line, string RegionCode, string Period, UcjValues Values);

/// <summary>
/// The UCJ spreadsheet: the header <see cref="Header"/> (any order; <c>catatan</c> optional), one region and month per
/// row. Counts are whole numbers, with or without Indonesian thousands dots; dates dd/mm/yyyy, ISO, or Excel dates.
/// </summary>
internal static class UcjSheet
{
    public const string Region = "kode_wilayah";
    public const string Period = "periode";
    public const string Pu = "peserta_pu";
    public const string Bpu = "peserta_bpu";
    public const string Jakon = "peserta_jakon";
    public const string WorkingPopulation = "penduduk_bekerja";
    public const string Source = "sumber";
    public const string SourceDate = "tanggal_sumber";
    public const string Note = "catatan";

    public static readonly string[] Header = [Region, Period, Pu, Bpu, Jakon, WorkingPopulation, Source, SourceDate, Note];

    /// <summary>The column each field of the form is read from, to name it in a problem.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByField = new Dictionary<string, string>
    {
        ["regionCode"] = Region, ["period"] = Period, ["participantsPu"] = Pu, ["participantsBpu"] = Bpu, ["participantsJakon"] = Jakon,
        ["workingPopulation"] = WorkingPopulation, ["source"] = Source, ["sourceDate"] = SourceDate, ["note"] = Note,
    };

    public static (IReadOnlyDictionary<string, int>? Columns, UcjImportProblem? Problem) ReadHeader(SheetRow header)
    {
        var columns = new Dictionary<string, int>();
        foreach (var (name, i) in header.Cells.Select((c, i) => (c.Trim().ToLowerInvariant(), i)))
            if (name.Length > 0) columns.TryAdd(name, i);
        var missing = Header.Where(c => c != Note && !columns.ContainsKey(c)).ToList();
        return missing.Count == 0
            ? (columns, null)
            : (null, new UcjImportProblem(1, missing[0], "UCJ_WRONG_HEADER", $"Baris pertama harus berisi kolom: {string.Join(',', Header)} (catatan boleh tidak ada).")
                { Values = MessageValues.Of(("columns", string.Join(',', Header))) });
    }

    public static (UcjSheetRow? Row, List<UcjImportProblem> Problems) Parse(SheetRow row, IReadOnlyDictionary<string, int> columns)
    {
        var problems = new List<UcjImportProblem>();
        string Cell(string column) => columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i].Trim() : "";
        int Count(string column)
        {
            var text = SheetNumbers.WithoutThousandsDots(Cell(column));
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count)) return count;
            problems.Add(new(row.Line, column, "NOT_A_COUNT", $"'{text}' bukan bilangan bulat (mis. 125000 atau 125.000).") { Values = MessageValues.Of(("value", text)) });
            return 0;
        }
        var (pu, bpu, jakon, working) = (Count(Pu), Count(Bpu), Count(Jakon), Count(WorkingPopulation));
        var sourceDate = SheetDates.Parse(Cell(SourceDate));
        if (sourceDate is null)
            problems.Add(new(row.Line, SourceDate, "NOT_A_DATE", $"'{Cell(SourceDate)}' bukan tanggal (tulis dd/mm/yyyy, mis. 17/08/2025).")
                { Values = MessageValues.Of(("value", Cell(SourceDate))) });
        if (problems.Count > 0) return (null, problems);
        var note = Cell(Note);
        return (new UcjSheetRow(row.Line, Cell(Region), Cell(Period),
            new UcjValues(pu, bpu, jakon, working, Cell(Source), sourceDate!.Value, note.Length == 0 ? null : note)), problems);
    }
}
