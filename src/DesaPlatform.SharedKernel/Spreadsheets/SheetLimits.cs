namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>
/// How much of an uploaded sheet is read. Each limit is checked as the file is read, so a hostile file — a cell far to
/// the right, a zip that inflates to gigabytes, a million rows — is refused before it costs more than these, and the
/// refusal names the limit. Content beyond the last column is refused; empty cells there are ignored (Excel writes
/// them for formatting), never padded.
/// </summary>
public static class SheetLimits
{
    public const int MaxRows = 50_000;
    public const int MaxColumns = 100;
    public const int MaxCellLength = 1_000;
    /// <summary>The parts of an XLSX read (sheet, shared strings, workbook, relationships), inflated, all together.</summary>
    public const int MaxInflatedMegabytes = 50;

    internal const long MaxInflatedBytes = MaxInflatedMegabytes * 1024L * 1024;

    internal static void AddRow(List<SheetRow> rows, SheetRow row)
    {
        if (rows.Count == MaxRows)
            throw Refused("TOO_MANY_ROWS", $"Paling banyak {MaxRows} baris dalam satu berkas; bagi berkasnya.", ("max", MaxRows));
        rows.Add(row);
    }

    internal static SheetRefusedException ColumnOutOfRange(string cell) => Refused("COLUMN_OUT_OF_RANGE",
        $"Sel {cell} berada di luar {MaxColumns} kolom pertama. Hapus isi sel itu.", ("cell", cell), ("max", MaxColumns));

    internal static SheetRefusedException CellTooLong(string cell) => Refused("CELL_TOO_LONG",
        $"Sel {cell} berisi lebih dari {MaxCellLength} karakter.", ("cell", cell), ("max", MaxCellLength));

    /// <summary>A NUL character is no text anyone typed, and PostgreSQL refuses it in text (XML cannot hold one at all).</summary>
    internal static SheetRefusedException NulCharacter(string cell) => Refused("NUL_CHARACTER",
        $"Sel {cell} berisi karakter NUL. Simpan ulang berkasnya dari Excel sebagai \"CSV UTF-8\".", ("cell", cell));

    internal static SheetRefusedException TooLarge() => Refused("SHEET_TOO_LARGE",
        $"Isi berkas XLSX lebih dari {MaxInflatedMegabytes} MB setelah dibuka. Simpan hanya lembar daftarnya, atau unggah CSV.",
        ("max", MaxInflatedMegabytes));

    internal static SheetRefusedException BadSharedString(string cell) => Refused("BAD_SHARED_STRING",
        $"Sel {cell} merujuk teks yang tidak ada di berkas. Simpan ulang dari Excel sebagai .xlsx, atau unggah CSV.", ("cell", cell));

    private static SheetRefusedException Refused(string code, string message, params (string Name, object Value)[] values) =>
        new(UploadedSheet.Refused(code, message, values));
}

/// <summary>Stops reading a sheet at the first limit it passes; <see cref="SheetReader"/> answers with <see cref="Refusal"/>.</summary>
internal sealed class SheetRefusedException(UploadedSheet refusal) : Exception(refusal.Problem!.Code)
{
    public UploadedSheet Refusal { get; } = refusal;
}
