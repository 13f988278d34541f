using DesaPlatform.Membership.Domain;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Spreadsheets;

namespace DesaPlatform.Membership.Roster.Import;

/// <summary>
/// One village's rows checked against its roster (and the rows before them), the same for a village's own file and for
/// its share of a regency's or province's file: per row what it adds, changes or ends, every problem (line, column,
/// reason), every loss; and the versions it would write, staged on the roster but not saved.
/// </summary>
internal sealed record RosterImportCheck(RosterImportReport Report, List<ImportedVersion> Changes)
{
    public static RosterImportCheck Run(VillageRoster roster, RosterRowParser parser, IEnumerable<SheetRow> dataRows, DateOnly today)
    {
        var problems = new List<RosterImportProblem>();
        var rows = new List<RosterImportRow>();
        var warnings = new List<RosterImportWarning>();
        var changes = new List<ImportedVersion>();
        var firstLine = new Dictionary<(string, string), int>();
        foreach (var row in dataRows)
        {
            var line = row.Line;
            var key = parser.Key(row);
            var existing = roster.Find(key.Nik, key.PositionCode);
            var before = existing?.Data();
            var (data, cellProblems) = parser.Parse(row, before);
            problems.AddRange(cellProblems);
            if (!firstLine.TryAdd(key, line))
            {
                problems.Add(new RosterImportProblem(line, RosterColumns.Nik, "DUPLICATE_ROW",
                    $"NIK dan jabatan yang sama sudah ada di baris {firstLine[key]}.") { Values = MessageValues.Of(("line", firstLine[key])) });
                continue;
            }
            // A cell that could not be read stands in with a placeholder: what the rules say of that column is noise.
            var unreadableColumns = cellProblems.Select(p => p.Column).ToHashSet();
            var errors = roster.Check(data, existing?.EntryId)
                .Select(e => new RosterImportProblem(line, e.Field is null ? null : RosterColumns.ByField.GetValueOrDefault(e.Field), e.Code, e.Message) { Values = e.Values })
                .Where(p => !unreadableColumns.Contains(p.Column))
                .ToList();
            problems.AddRange(errors);
            if (cellProblems.Count > 0 || errors.Count > 0) continue;
            var stated = roster.Resolve(data);
            var fields = FieldChange.Between(before, stated);
            var kind = before is null ? nameof(ChangeKind.Added)
                : fields.Count == 0 ? ImportRosterHandler.Unchanged
                : ChangeKinds.Of(stated, before).ToString();
            var imported = new RosterImportRow(line, roster.Village.Code, kind.ToUpperInvariant(), data.Nik, stated.FullName.Trim(), data.PositionCode, fields);
            rows.Add(imported);
            if (kind == ImportRosterHandler.Unchanged) continue;
            var wasCovered = existing?.IsCoveredOn(today) == true;
            var version = existing switch
            {
                null => Person.New(roster.Village.Code, stated),
                { Status: RosterStatus.Official } => existing.DraftChange(stated),
                _ => existing,
            };
            if (version == existing) existing.Apply(stated);
            roster.Stage(version);
            changes.Add(new ImportedVersion(version, EditedInPlace: version == existing, imported));
            if (before is not null && RosterImportWarning.For(line, roster.Village.Code, before, stated, wasCovered, version.IsCoveredOn(today)) is { } warning)
                warnings.Add(warning);
        }
        var villageProblems = problems.Select(p => p with { VillageCode = roster.Village.Code }).OrderBy(p => p.Line).ToList();
        return new RosterImportCheck(new RosterImportReport(rows, villageProblems, warnings, false), changes);
    }
}
