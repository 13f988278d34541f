using System.Text;
using DesaPlatform.SharedKernel.Spreadsheets;

namespace DesaPlatform.Access.Users.ImportOperators;

/// <summary>
/// The operator list as a spreadsheet saves it: the header <c>user_name,full_name,village_code,contact</c>, then one
/// account per line (RFC 4180 quoting, so a name may hold a comma). Blank lines are skipped; line numbers count them.
/// </summary>
internal static class OperatorCsv
{
    public static readonly string[] Header = ["user_name", "full_name", "village_code", "contact"];

    public static (List<OperatorImportRow> Rows, List<OperatorImportProblem> Problems) Read(string text)
    {
        var rows = new List<OperatorImportRow>();
        var problems = new List<OperatorImportProblem>();
        var records = CsvText.Read(Encoding.UTF8.GetBytes(text), ',');
        var header = records.FirstOrDefault();
        if (header is null || header.QuoteUnclosed || !header.Fields.Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            problems.Add(new(1, null, "WRONG_HEADER", $"Baris pertama harus berbunyi: {string.Join(',', Header)}"));
            return (rows, problems);
        }
        foreach (var record in records.Skip(1).Where(r => !r.IsBlank))
        {
            var fields = record.Fields;
            if (record.QuoteUnclosed || fields.Count != Header.Length)
                problems.Add(new(record.Line, null, "WRONG_FIELD_COUNT", $"Baris harus berisi {Header.Length} kolom dipisah koma (nama yang berisi koma diapit tanda kutip)."));
            else
                rows.Add(new(record.Line, fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim()));
        }
        return (rows, problems);
    }
}
