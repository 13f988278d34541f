using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Spreadsheets;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Targets.Ucj.Import;

/// <summary>
/// A UCJ spreadsheet, all or nothing: every row is checked by the rules of the form (<see cref="UcjRules"/>) and the
/// report says per row whether it adds, changes or leaves a month as it is, and every problem (line, column, reason).
/// Saved only when the whole file is clean and not a dry run; a row equal to what is kept changes nothing, so
/// importing the same file again is harmless. Each saved row is audited like an edit in the form, and the file once.
/// </summary>
internal sealed class ImportUcjInputsHandler(TargetsDbContext db, UcjRules rules, ICurrentUser user)
{
    public async Task<Payload<UcjImportReport>> HandleAsync(ImportUcjInputsInput input, CancellationToken cancellationToken)
    {
        if (UploadedFileName.Problem(input.FileName) is { } longName) return Payload<UcjImportReport>.Failure(longName);
        if (UploadedBytes.Decode(input.FileBase64) is not { } file) return Payload<UcjImportReport>.Failure(UploadedBytes.NotBase64);
        return Payload<UcjImportReport>.Success(await ImportAsync(SheetReader.Read(file, input.FileName), new ImportedFile(input.FileName, file), input.DryRun, cancellationToken));
    }

    private async Task<UcjImportReport> ImportAsync(UploadedSheet sheet, ImportedFile file, bool dryRun, CancellationToken cancellationToken)
    {
        if (sheet.Problem is { } unreadable)
            return UcjImportReport.RefusedWith(new UcjImportProblem(0, null, unreadable.Code, unreadable.Message) { Values = unreadable.Values });
        var (columns, headerProblem) = UcjSheet.ReadHeader(sheet.Rows[0]);
        if (headerProblem is not null) return UcjImportReport.RefusedWith(headerProblem);
        var dataRows = sheet.Rows.Skip(1).ToList();
        if (dataRows.Count == 0) return UcjImportReport.RefusedWith(new UcjImportProblem(0, null, "EMPTY_FILE", "Berkas tidak berisi baris data."));

        var problems = new List<UcjImportProblem>();
        var parsed = new List<UcjSheetRow>();
        foreach (var row in dataRows)
        {
            var (read, cellProblems) = UcjSheet.Parse(row, columns!);
            problems.AddRange(cellProblems);
            if (read is not null) parsed.Add(read);
        }
        var regionErrors = new Dictionary<string, UserError?>();
        foreach (var code in parsed.Select(r => r.RegionCode).Distinct())
            regionErrors[code] = await rules.CheckRegionAsync(code, cancellationToken);

        var kept = await KeptAsync(regionErrors.Where(r => r.Value is null).Select(r => r.Key).ToList(), cancellationToken);
        var firstLine = new Dictionary<(string, DateOnly), int>();
        var rows = new List<UcjImportRow>();
        foreach (var row in parsed)
        {
            var values = UcjRules.Normalized(row.Values);
            var errors = rules.Check(row.RegionCode, row.Period, values).Prepend(regionErrors[row.RegionCode]).OfType<UserError>().ToList();
            problems.AddRange(errors.Select(e => Problem(row.Line, e)));
            if (errors.Count > 0) continue;
            var period = UcjRules.ParsePeriod(row.Period)!.Value;
            if (!firstLine.TryAdd((row.RegionCode, period), row.Line))
            {
                var first = firstLine[(row.RegionCode, period)];
                problems.Add(new(row.Line, UcjSheet.Period, "UCJ_DUPLICATE_ROW", $"Wilayah dan periode yang sama sudah ada di baris {first}.")
                    { Values = MessageValues.Of(("line", first)) });
                continue;
            }
            var existing = kept.GetValueOrDefault((row.RegionCode, period));
            var kind = existing is null ? UcjImportReport.Added : existing.SameAs(values) ? UcjImportReport.Unchanged : UcjImportReport.Changed;
            rows.Add(new UcjImportRow(row.Line, row.RegionCode, UcjRules.FormatPeriod(period), kind));
            if (existing is null) db.UcjInputs.Add(UcjInput.From(row.RegionCode, period, values));
            else existing.Take(values);
        }
        if (problems.Count > 0 || dryRun)
        {
            db.ChangeTracker.Clear();
            return new UcjImportReport(rows, problems.OrderBy(p => p.Line).ToList(), Applied: false);
        }
        var report = new UcjImportReport(rows, [], Applied: true);
        if (report.Count(UcjImportReport.Unchanged) < rows.Count) db.Set<AuditEntry>().Add(Summary(file, report));
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    private async Task<Dictionary<(string, DateOnly), UcjInput>> KeptAsync(List<string> regionCodes, CancellationToken cancellationToken) =>
        (await db.UcjInputs.Where(u => regionCodes.Contains(u.RegionCode)).ToListAsync(cancellationToken)).ToDictionary(u => (u.RegionCode, u.Period));

    /// <summary>Beside each row's own entry, which file they came from (by name and content) and what it did.</summary>
    private AuditEntry Summary(ImportedFile file, UcjImportReport report)
    {
        var details = file.Details();
        details["added"] = report.Count(UcjImportReport.Added);
        details["changed"] = report.Count(UcjImportReport.Changed);
        details["unchanged"] = report.Count(UcjImportReport.Unchanged);
        return AuditRecorder.Summary(TargetsDbContext.SchemaName, user, "UcjImport", file.Name, user.Scope.RootCode ?? "", "Imported", details);
    }

    private static UcjImportProblem Problem(int line, UserError error) =>
        new(line, error.Field is { } field ? UcjSheet.ByField.GetValueOrDefault(field, field) : null, error.Code, error.Message) { Values = error.Values };
}
