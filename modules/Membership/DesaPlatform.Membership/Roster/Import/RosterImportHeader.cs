using DesaPlatform.SharedKernel.Spreadsheets;

namespace DesaPlatform.Membership.Roster.Import;

/// <summary>The header row of a roster file: where each known column is, and what is wrong with it (line 1).</summary>
internal static class RosterImportHeader
{
    public static (Dictionary<string, int> Columns, List<RosterImportProblem> Problems) Read(SheetRow header, IEnumerable<string> required)
    {
        var columns = new Dictionary<string, int>();
        var problems = new List<RosterImportProblem>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var name = header.Cells[i].Trim().ToLowerInvariant();
            if (name.Length == 0) continue;
            if (!RosterColumns.All.Contains(name))
                problems.Add(new RosterImportProblem(1, name, "UNKNOWN_COLUMN",
                    $"Kolom '{header.Cells[i].Trim()}' tidak dikenal. Kolom yang dipakai: {string.Join(", ", RosterColumns.All)}. Unduh templatnya."));
            else if (!columns.TryAdd(name, i))
                problems.Add(new RosterImportProblem(1, name, "DUPLICATE_COLUMN", $"Kolom '{name}' muncul dua kali."));
        }
        foreach (var missing in required.Where(c => !columns.ContainsKey(c)))
            problems.Add(new RosterImportProblem(1, missing, "MISSING_COLUMN", $"Kolom wajib '{missing}' tidak ada di baris judul."));
        return (columns, problems);
    }
}
