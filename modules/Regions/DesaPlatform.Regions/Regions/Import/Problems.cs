using DesaPlatform.Regions.Contracts;

namespace DesaPlatform.Regions.Regions.Import;

/// <summary>The problems a region file can have, worded in Bahasa Indonesia and English.</summary>
internal static class Problems
{
    public static RegionImportProblem Bom() => new(1, null, "BOM",
        "Berkas diawali penanda BOM; simpan sebagai UTF-8 tanpa BOM.", "The file starts with a byte-order mark; save it as UTF-8 without BOM.");

    public static RegionImportProblem NotUtf8() => new(0, null, "ENCODING",
        "Berkas bukan teks UTF-8.", "The file is not UTF-8 text.");

    public static RegionImportProblem Delimiter(int line) => new(line, null, "DELIMITER",
        "Pemisah kolom harus koma (,), bukan titik koma atau tab.", "Columns must be separated by commas, not semicolons or tabs.");

    public static RegionImportProblem Header(string expected) => new(1, null, "HEADER",
        $"Baris judul harus persis: {expected}", $"The header must be exactly: {expected}");

    public static RegionImportProblem Empty() => new(0, null, "EMPTY", "Berkas kosong.", "The file is empty.");

    public static RegionImportProblem BlankLine(int line) => new(line, null, "BLANK_LINE",
        "Baris kosong.", "Blank line.");

    public static RegionImportProblem Columns(int line, int found) => new(line, null, "COLUMNS",
        $"Harus ada 5 kolom, ditemukan {found}.", $"Expected 5 columns, found {found}.");

    public static RegionImportProblem Quote(int line) => new(line, null, "QUOTE",
        "Tanda kutip tidak ditutup.", "A quoted field is not closed.");

    public static RegionImportProblem Code(int line, string code) => new(line, "code", "CODE",
        $"Kode '{code}' tidak berbentuk kode Kemendagri (61, 61.01, 61.01.01, 61.01.01.2001).",
        $"Code '{code}' is not a Kemendagri code (61, 61.01, 61.01.01, 61.01.01.2001).");

    public static RegionImportProblem Level(int line, string level) => new(line, "level", "LEVEL",
        $"Tingkat '{level}' tidak dikenal (province, regency, district, village).",
        $"Unknown level '{level}' (province, regency, district, village).");

    public static RegionImportProblem LevelMismatch(int line, string level, string expected) => new(line, "level", "LEVEL_MISMATCH",
        $"Tingkat '{level}' tidak cocok dengan kodenya; seharusnya '{expected}'.",
        $"Level '{level}' does not match the code; it should be '{expected}'.");

    public static RegionImportProblem Parent(int line, string parent, string expected) => new(line, "parent_code", "PARENT_CODE",
        $"Kode induk '{parent}' tidak cocok dengan kodenya; seharusnya '{expected}'.",
        $"Parent code '{parent}' does not match the code; it should be '{expected}'.");

    public static RegionImportProblem ParentMissing(int line, string parent) => new(line, "parent_code", "PARENT_MISSING",
        $"Wilayah induk '{parent}' tidak ada dalam berkas.", $"Parent region '{parent}' is not in the file.");

    public static RegionImportProblem Duplicate(int line, string code, int firstLine) => new(line, "code", "DUPLICATE_CODE",
        $"Kode '{code}' sudah ada di baris {firstLine}.", $"Code '{code}' already appears on line {firstLine}.");

    public static RegionImportProblem NameEmpty(int line) => new(line, "name", "NAME_EMPTY",
        "Nama wajib diisi.", "The name is empty.");

    public static RegionImportProblem NameTooLong(int line, int max) => new(line, "name", "NAME_TOO_LONG",
        $"Nama lebih dari {max} karakter.", $"The name is longer than {max} characters.");

    public static RegionImportProblem Kind(int line, string kind, string expected) => new(line, "kind", "KIND",
        $"Jenis '{kind}' tidak cocok; seharusnya '{expected}'.", $"Kind '{kind}' is wrong; it should be '{expected}'.");

    public static RegionImportProblem OutOfScope(int line, string code) => new(line, "code", "OUT_OF_SCOPE",
        $"Wilayah '{code}' di luar wilayah kewenangan Anda.", $"Region '{code}' is outside your scope.");
}
