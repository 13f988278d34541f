using DesaPlatform.Budgeting.Arrears.Kept;
using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.Persistence;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Spreadsheets;

namespace DesaPlatform.Budgeting.Payments.Import;

/// <summary>
/// A village's payment sheet, all or nothing: every row is matched to an enrolled person by NIK or KPJ and checked by
/// the rules of the form (<see cref="PaymentRules"/>); the report says per row whether it adds, changes or leaves a
/// month as it is, and every problem (line, column, reason). Saved only when the whole file is clean and not a dry
/// run; a row equal to what is kept changes nothing, so importing the same file again is harmless. Each saved row is
/// audited like an entry in the form, and the file once (by name and hash, never its NIKs).
/// </summary>
internal sealed class ImportPaymentsHandler(BudgetingDbContext db, VillagePayments village, PaymentRules rules, ICurrentUser user, ArrearsStamps stamps)
{
    public async Task<Payload<PaymentImportReport>> HandleAsync(ImportPaymentsInput input, CancellationToken cancellationToken)
    {
        if (await village.CheckVillageAsync(input.VillageCode, cancellationToken) is { } villageError) return Payload<PaymentImportReport>.Failure(villageError);
        if (UploadedFileName.Problem(input.FileName) is { } longName) return Payload<PaymentImportReport>.Failure(longName);
        if (UploadedBytes.Decode(input.FileBase64) is not { } file) return Payload<PaymentImportReport>.Failure(UploadedBytes.NotBase64);
        var sheet = SheetReader.Read(file, input.FileName);
        return Payload<PaymentImportReport>.Success(
            await ImportAsync(input.VillageCode, sheet, new ImportedFile(input.FileName, file), input.DryRun, cancellationToken));
    }

    private async Task<PaymentImportReport> ImportAsync(string villageCode, UploadedSheet sheet, ImportedFile file, bool dryRun, CancellationToken cancellationToken)
    {
        if (sheet.Problem is { } unreadable)
            return PaymentImportReport.RefusedWith(new PaymentImportProblem(0, null, unreadable.Code, unreadable.Message) { Values = unreadable.Values });
        var (columns, headerProblem) = PaymentSheet.ReadHeader(sheet.Rows[0]);
        if (headerProblem is not null) return PaymentImportReport.RefusedWith(headerProblem);
        var dataRows = sheet.Rows.Skip(1).ToList();
        if (dataRows.Count == 0) return PaymentImportReport.RefusedWith(new PaymentImportProblem(0, null, "EMPTY_FILE", "Berkas tidak berisi baris data."));

        var people = await village.PeopleAsync(villageCode, cancellationToken);
        var kept = await village.KeptAsync(villageCode, cancellationToken);
        var problems = new List<PaymentImportProblem>();
        var firstLine = new Dictionary<(Guid, DateOnly), int>();
        var rows = new List<PaymentImportRow>();
        foreach (var sheetRow in dataRows)
        {
            var (row, cellProblem) = PaymentSheet.Parse(sheetRow, columns!);
            if (cellProblem is not null)
            {
                problems.Add(cellProblem);
                continue;
            }
            var errors = rules.Check(villageCode, row!.Period, row.Amount).ToList();
            var (person, matchError) = PaymentRules.Match(people, row.Nik, row.Kpj);
            if (matchError is not null) errors.Insert(0, matchError);
            problems.AddRange(errors.Select(e => Problem(row.Line, e)));
            if (errors.Count > 0) continue;
            var period = PaymentRules.ParsePeriod(row.Period)!.Value;
            if (!firstLine.TryAdd((person!.EntryId, period), row.Line))
            {
                var first = firstLine[(person.EntryId, period)];
                problems.Add(new(row.Line, PaymentSheet.Period, "PAYMENT_DUPLICATE_ROW", $"Orang dan periode yang sama sudah ada di baris {first}.")
                    { Values = MessageValues.Of(("line", first)) });
                continue;
            }
            var existing = kept.GetValueOrDefault((person.EntryId, period));
            var kind = existing is null ? PaymentImportReport.Added
                : existing.Amount == row.Amount ? PaymentImportReport.Unchanged : PaymentImportReport.Changed;
            rows.Add(new PaymentImportRow(row.Line, person.FullName, PaymentRules.FormatPeriod(period), row.Amount, kind));
            if (existing is null) db.Payments.Add(Payment.Of(villageCode, person.EntryId, period, row.Amount));
            else if (kind == PaymentImportReport.Changed) existing.Take(row.Amount);
        }
        if (problems.Count > 0 || dryRun)
        {
            db.ChangeTracker.Clear();
            return new PaymentImportReport(rows, problems.OrderBy(p => p.Line).ToList(), Applied: false);
        }
        var report = new PaymentImportReport(rows, [], Applied: true);
        if (report.Count(PaymentImportReport.Unchanged) == rows.Count) return report;
        db.Set<AuditEntry>().Add(Summary(villageCode, file, report));
        await db.SaveChangesAsync(cancellationToken);
        await stamps.PaymentsChangedAsync(villageCode, cancellationToken);
        return report;
    }

    private AuditEntry Summary(string villageCode, ImportedFile file, PaymentImportReport report)
    {
        var details = file.Details();
        details["added"] = report.Count(PaymentImportReport.Added);
        details["changed"] = report.Count(PaymentImportReport.Changed);
        details["unchanged"] = report.Count(PaymentImportReport.Unchanged);
        return AuditRecorder.Summary(BudgetingDbContext.SchemaName, user, "PaymentImport", file.Name, villageCode, "Imported", details);
    }

    private static PaymentImportProblem Problem(int line, UserError error) =>
        new(line, error.Field is { } field ? PaymentSheet.ByField.GetValueOrDefault(field, field) : null, error.Code, error.Message) { Values = error.Values };
}
