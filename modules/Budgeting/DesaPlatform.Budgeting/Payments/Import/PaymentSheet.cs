using System.Globalization;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Spreadsheets;

namespace DesaPlatform.Budgeting.Payments.Import;

internal sealed record PaymentSheetRow(int Line, string Nik, string Kpj, string Period, decimal Amount);

/// <summary>
/// A BPJS invoice or payment sheet: columns <see cref="Header"/> in any order, one person and month per row, NIK or
/// KPJ (either may be empty). Amounts in rupiah, with or without Indonesian thousands dots.
/// </summary>
internal static class PaymentSheet
{
    public const string Nik = "nik";
    public const string Kpj = "no_kpj";
    public const string Period = "periode";
    public const string Amount = "jumlah";

    public static readonly string[] Header = [Nik, Kpj, Period, Amount];

    /// <summary>The column each field of the form is read from, to name it in a problem.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByField = new Dictionary<string, string>
    {
        ["nik"] = Nik, ["kpj"] = Kpj, ["period"] = Period, ["amount"] = Amount,
    };

    public static (IReadOnlyDictionary<string, int>? Columns, PaymentImportProblem? Problem) ReadHeader(SheetRow header)
    {
        var columns = new Dictionary<string, int>();
        foreach (var (name, i) in header.Cells.Select((c, i) => (c.Trim().ToLowerInvariant(), i)))
            if (name.Length > 0) columns.TryAdd(name, i);
        var missing = Header.Where(c => !columns.ContainsKey(c)).ToList();
        return missing.Count == 0
            ? (columns, null)
            : (null, new PaymentImportProblem(1, missing[0], "PAYMENT_WRONG_HEADER", $"Baris pertama harus berisi kolom: {string.Join(',', Header)}.")
                { Values = MessageValues.Of(("columns", string.Join(',', Header))) });
    }

    public static (PaymentSheetRow? Row, PaymentImportProblem? Problem) Parse(SheetRow row, IReadOnlyDictionary<string, int> columns)
    {
        string Cell(string column) => columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i].Trim() : "";
        var text = Cell(Amount);
        var plain = SheetNumbers.WithoutThousandsDots(text);
        if (!decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            return (null, new PaymentImportProblem(row.Line, Amount, "NOT_AN_AMOUNT", $"'{text}' bukan jumlah rupiah (mis. 10920 atau 10.920).")
                { Values = MessageValues.Of(("value", text)) });
        return (new PaymentSheetRow(row.Line, Cell(Nik), Cell(Kpj), Cell(Period), amount), null);
    }
}
