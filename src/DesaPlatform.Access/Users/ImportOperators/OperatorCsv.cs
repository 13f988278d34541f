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
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var header = CsvLine.Split(lines[0].TrimEnd('\r'))?.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        if (header is null || !header.SequenceEqual(Header))
        {
            problems.Add(new(1, null, "WRONG_HEADER", $"Baris pertama harus berbunyi: {string.Join(',', Header)}"));
            return (rows, problems);
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = CsvLine.Split(line);
            if (fields is null || fields.Count != Header.Length)
                problems.Add(new(i + 1, null, "WRONG_FIELD_COUNT", $"Baris harus berisi {Header.Length} kolom dipisah koma (nama yang berisi koma diapit tanda kutip)."));
            else
                rows.Add(new(i + 1, fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim()));
        }
        return (rows, problems);
    }
}
