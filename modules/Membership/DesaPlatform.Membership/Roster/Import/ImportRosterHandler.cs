using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Spreadsheets;

namespace DesaPlatform.Membership.Roster.Import;

/// <summary>
/// A roster spreadsheet into a village's draft: every row is read and checked by the same rules as the form, and the
/// report says per row what it adds, changes or ends and every problem (line, column, reason). Applied only when the
/// whole file is clean, all at once; a row equal to the current entry changes nothing, so re-importing is harmless.
/// A row that takes something away from a person (<see cref="RosterImportWarning"/>) is applied only when the operator
/// confirms it (<c>confirmLosses</c>).
/// </summary>
internal sealed class ImportRosterHandler(MembershipDbContext db, Villages villages, RosterEdits edits, ICurrentUser user, IClock clock)
{
    public const string Unchanged = "UNCHANGED";

    public Task<Payload<RosterImportReport>> HandleAsync(ImportRosterInput input, CancellationToken cancellationToken)
    {
        byte[] file;
        try
        {
            file = Convert.FromBase64String(input.FileBase64);
        }
        catch (FormatException)
        {
            return Task.FromResult(Payload<RosterImportReport>.Failure(new UserError("INVALID_FILE", "Isi berkas bukan base64.", "fileBase64")));
        }
        return ImportAsync(input.VillageCode, file, input.FileName, input.DryRun, input.ConfirmLosses, cancellationToken);
    }

    private async Task<Payload<RosterImportReport>> ImportAsync(string villageCode, byte[] file, string fileName, bool dryRun,
        bool confirmLosses, CancellationToken cancellationToken)
    {
        var (village, error) = await villages.FindEditableAsync(villageCode, cancellationToken);
        if (village is null) return Payload<RosterImportReport>.Failure(error!);

        var sheet = SheetReader.Read(file, fileName);
        if (sheet.Problem is { } unreadable)
            return Report(RosterImportReport.RefusedWith([new RosterImportProblem(0, null, unreadable.Code, unreadable.Message) { Values = unreadable.Values }]));
        var (columns, headerProblems) = ReadHeader(sheet.Rows[0]);
        if (headerProblems.Count > 0) return Report(RosterImportReport.RefusedWith(headerProblems));

        var today = clock.TodayIn(villageCode);
        var parser = new RosterRowParser(columns, villageCode, today);
        var dataRows = sheet.Rows.Skip(1).ToList();
        return await edits.EditAsync(villageCode, dataRows.Select(r => parser.Key(r).Nik).ToList(),
            roster => CheckAndApplyAsync(roster, parser, dataRows, new ImportedFile(fileName, file), today, dryRun, confirmLosses, cancellationToken),
            cancellationToken);
    }

    /// <summary>Checks every row against the roster (and the rows before it), then applies them if the whole file is clean.</summary>
    private async Task<Payload<RosterImportReport>> CheckAndApplyAsync(VillageRoster roster, RosterRowParser parser, List<SheetRow> dataRows,
        ImportedFile file, DateOnly today, bool dryRun, bool confirmLosses, CancellationToken cancellationToken)
    {
        var problems = new List<RosterImportProblem>();
        if (dataRows.Count == 0) problems.Add(new RosterImportProblem(0, null, "EMPTY_FILE", "Berkas tidak berisi baris data."));
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
            var (data, cellProblems) = parser.Parse(row, before?.Enrollment);
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
                : fields.Count == 0 ? Unchanged
                : ChangeKinds.Of(stated, before).ToString();
            var imported = new RosterImportRow(line, kind.ToUpperInvariant(), data.Nik, stated.FullName.Trim(), data.PositionCode, fields);
            rows.Add(imported);
            if (kind == Unchanged) continue;
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
            if (before is not null && RosterImportWarning.For(line, before, stated, wasCovered, version.IsCoveredOn(today)) is { } warning)
                warnings.Add(warning);
        }

        var report = new RosterImportReport(rows, problems.OrderBy(p => p.Line).ToList(), warnings, false);
        if (report.Refused || dryRun || changes.Count == 0)
        {
            db.ChangeTracker.Clear();
            return Report(report);
        }
        if (warnings.Count > 0 && !confirmLosses)
        {
            db.ChangeTracker.Clear();
            return new Payload<RosterImportReport>(report, [ConfirmationRequired(warnings.Count)]);
        }
        report = report with { Applied = true };
        await SaveAsync(changes, RosterImportAudit.Summary(user, roster.Village.Code, file, report, changes), cancellationToken);
        return Report(report);
    }

    private static UserError ConfirmationRequired(int people) => new("CONFIRMATION_REQUIRED",
        $"Berkas ini mengambil kepesertaan atau masa jabatan dari {people} entri (lihat peringatannya). Tidak ada yang disimpan: " +
        "periksa peringatannya, lalu terapkan lagi dengan konfirmasi.", "confirmLosses")
    {
        Values = MessageValues.Of(("count", people)),
    };

    /// <summary>
    /// Written in bulk, untracked, in the transaction of the <see cref="RosterLock"/>: new versions added, drafts edited
    /// in place replaced; with one audit entry for the whole import that names every row it changed.
    /// </summary>
    private async Task SaveAsync(List<ImportedVersion> changes, AuditEntry summary, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await db.InsertInBulkAsync(changes.Where(c => !c.EditedInPlace).Select(c => c.Version).ToList(), cancellationToken);
        await db.UpsertInBulkAsync(changes.Where(c => c.EditedInPlace).Select(c => c.Version).ToList(), cancellationToken);
        db.Set<AuditEntry>().Add(summary);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static (Dictionary<string, int> Columns, List<RosterImportProblem> Problems) ReadHeader(SheetRow header)
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
        foreach (var missing in RosterColumns.Required.Where(c => !columns.ContainsKey(c)))
            problems.Add(new RosterImportProblem(1, missing, "MISSING_COLUMN", $"Kolom wajib '{missing}' tidak ada di baris judul."));
        return (columns, problems);
    }

    private static Payload<RosterImportReport> Report(RosterImportReport report) => Payload<RosterImportReport>.Success(report);
}
