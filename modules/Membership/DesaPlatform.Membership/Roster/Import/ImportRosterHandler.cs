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

    public Task<Payload<RosterImportReport>> HandleAsync(ImportRosterInput input, CancellationToken cancellationToken) =>
        (UploadedFileName.Problem(input.FileName), UploadedBytes.Decode(input.FileBase64)) switch
        {
            ({ } longName, _) => Task.FromResult(Payload<RosterImportReport>.Failure(longName)),
            (null, { } file) => ImportAsync(input.VillageCode, file, input.FileName, input.DryRun, input.ConfirmLosses, cancellationToken),
            _ => Task.FromResult(Payload<RosterImportReport>.Failure(UploadedBytes.NotBase64)),
        };

    private async Task<Payload<RosterImportReport>> ImportAsync(string villageCode, byte[] file, string fileName, bool dryRun,
        bool confirmLosses, CancellationToken cancellationToken)
    {
        var (village, error) = await villages.FindEditableAsync(villageCode, cancellationToken);
        if (village is null) return Payload<RosterImportReport>.Failure(error!);

        var sheet = SheetReader.Read(file, fileName);
        if (sheet.Problem is { } unreadable)
            return Report(RosterImportReport.RefusedWith([new RosterImportProblem(0, null, unreadable.Code, unreadable.Message) { Values = unreadable.Values }]));
        var (columns, headerProblems) = RosterImportHeader.Read(sheet.Rows[0], RosterColumns.Required);
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
        var (report, changes) = RosterImportCheck.Run(roster, parser, dataRows, today);
        if (dataRows.Count == 0)
            report = report with { Problems = [new RosterImportProblem(0, null, "EMPTY_FILE", "Berkas tidak berisi baris data.")] };
        if (report.Refused || dryRun || changes.Count == 0)
        {
            db.ChangeTracker.Clear();
            return Report(report);
        }
        if (report.Warnings.Count > 0 && !confirmLosses)
        {
            db.ChangeTracker.Clear();
            return new Payload<RosterImportReport>(report, [RosterImportWarning.ConfirmationRequired(report.Warnings.Count)]);
        }
        report = report with { Applied = true };
        await RosterImportWrite.SaveAsync(db, changes, [RosterImportAudit.Summary(user, roster.Village.Code, file, report, changes)], cancellationToken);
        return Report(report);
    }

    private static Payload<RosterImportReport> Report(RosterImportReport report) => Payload<RosterImportReport>.Success(report);
}
