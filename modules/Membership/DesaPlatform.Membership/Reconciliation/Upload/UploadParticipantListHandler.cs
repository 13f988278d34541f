using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Reconciliation.Upload;

/// <summary>
/// A branch's participant list for a regency or province, all or nothing: every row is checked (problems by line,
/// column and reason), and when the whole file is clean and not a dry run the list (its file, name, hash and date) is
/// kept with its reconciliation against the region's approved rosters. The same file for the same region is kept once.
/// The audit names the file and the counts; no NIK or KPJ goes into it.
/// </summary>
internal sealed class UploadParticipantListHandler(
    MembershipDbContext db, Reconciler reconciler, IRegionDirectory regions, ICurrentUser user, IClock clock)
{
    public async Task<Payload<ParticipantListReport>> HandleAsync(UploadParticipantListInput input, CancellationToken cancellationToken)
    {
        if (UploadedFileName.Problem(input.FileName) is { } longName) return Payload<ParticipantListReport>.Failure(longName);
        if (UploadedBytes.Decode(input.FileBase64) is not { } bytes) return Payload<ParticipantListReport>.Failure(UploadedBytes.NotBase64);
        var region = user.Scope.Contains(input.RegionCode) ? await regions.FindAsync(input.RegionCode, cancellationToken) : null;
        if (region is null) return Payload<ParticipantListReport>.Failure(UserError.UnknownRegion(input.RegionCode, "regionCode"));
        if (region.Depth is not (1 or 2))
            return Payload<ParticipantListReport>.Failure(new UserError("BPJS_LIST_REGION_LEVEL",
                "Daftar peserta BPJS diunggah untuk satu kabupaten/kota atau satu provinsi.", "regionCode"));
        if (!DateOnly.TryParse(input.AsOf, out var asOf))
            return Payload<ParticipantListReport>.Failure(new UserError("NOT_A_DATE", $"'{input.AsOf}' bukan tanggal (tulis YYYY-MM-DD).", "asOf")
                { Values = MessageValues.Of(("value", input.AsOf)) });
        // A list speaks of a day that has come: verified coverage reads the lists dated by the day it describes.
        if (asOf > clock.TodayIn(region.Code))
            return Payload<ParticipantListReport>.Failure(new UserError("BPJS_LIST_DATE_FUTURE",
                $"Tanggal daftar {asOf:yyyy-MM-dd} belum tiba: tulis tanggal data daftar peserta itu, paling lambat hari ini.", "asOf")
                { Values = MessageValues.Of(("date", asOf.ToString("yyyy-MM-dd"))) });
        return Payload<ParticipantListReport>.Success(
            await UploadAsync(SheetReader.Read(bytes, input.FileName), new ImportedFile(input.FileName, bytes), bytes, region.Code, asOf, input.DryRun, cancellationToken));
    }

    private async Task<ParticipantListReport> UploadAsync(UploadedSheet sheet, ImportedFile file, byte[] bytes, string regionCode, DateOnly asOf, bool dryRun,
        CancellationToken cancellationToken)
    {
        if (sheet.Problem is { } unreadable)
            return ParticipantListReport.RefusedWith(new ParticipantProblem(0, null, unreadable.Code, unreadable.Message) { Values = unreadable.Values });
        var (columns, headerProblem) = ParticipantSheet.ReadHeader(sheet.Rows[0]);
        if (headerProblem is not null) return ParticipantListReport.RefusedWith(headerProblem);
        var dataRows = sheet.Rows.Skip(1).ToList();
        if (dataRows.Count == 0) return ParticipantListReport.RefusedWith(new ParticipantProblem(0, null, "EMPTY_FILE", "Berkas tidak berisi baris data."));
        if (await db.ParticipantLists.AnyAsync(l => l.RegionCode == regionCode && l.Sha256 == file.Sha256, cancellationToken))
            return ParticipantListReport.RefusedWith(new ParticipantProblem(0, null, "BPJS_LIST_ALREADY_UPLOADED",
                "Berkas yang sama sudah diunggah untuk wilayah ini; hasil rekonsiliasinya ada di riwayat."));

        var problems = new List<ParticipantProblem>();
        var byNik = new Dictionary<string, Participant>();
        foreach (var row in dataRows)
        {
            var (read, cellProblems) = ParticipantSheet.Parse(row, columns!);
            problems.AddRange(cellProblems);
            if (read is null) continue;
            if (!byNik.TryAdd(read.Nik, read))
                problems.Add(new(read.Line, ParticipantSheet.NikColumn, "BPJS_LIST_DUPLICATE_NIK", $"NIK yang sama sudah ada di baris {byNik[read.Nik].Line}.")
                    { Values = MessageValues.Of(("line", byNik[read.Nik].Line)) });
        }
        if (problems.Count > 0) return new ParticipantListReport(dataRows.Count, problems.OrderBy(p => p.Line).ToList(), false, null, GroupCounts.None);

        var list = ParticipantList.Of(regionCode, asOf, file.Name, file.Sha256, bytes, byNik.Count, user.UserName ?? "", clock.UtcNow);
        var rows = await reconciler.ReconcileAsync(list.Id, regionCode, asOf, byNik, cancellationToken);
        var counts = GroupCounts.Of(rows.GroupBy(r => r.Group).Select(g => (g.Key, g.Count(), g.Count(r => r.NameMismatch || r.BirthDateMismatch))));
        if (dryRun) return new ParticipantListReport(byNik.Count, [], false, null, counts);

        // The list, its results and the audit entry together or not at all; a retry starts again from nothing.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.InsertInBulkAsync([list], ct);
            await db.InsertInBulkAsync(rows, ct);
            db.Set<AuditEntry>().Add(Summary(file, list, counts));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return new ParticipantListReport(byNik.Count, [], true, list.Id, counts);
    }

    private AuditEntry Summary(ImportedFile file, ParticipantList list, GroupCounts counts)
    {
        var details = file.Details();
        details["asOf"] = list.AsOf.ToString("yyyy-MM-dd");
        details["participants"] = list.Participants;
        details["consistent"] = counts.Consistent;
        details["declaredNotActive"] = counts.DeclaredNotActive;
        details["activeNotDeclared"] = counts.ActiveNotDeclared;
        details["notActiveNotDeclared"] = counts.NotActiveNotDeclared;
        details["unmatched"] = counts.Unmatched;
        return AuditRecorder.Summary(MembershipDbContext.SchemaName, user, "BpjsParticipantList", list.Id.ToString(), list.RegionCode, "Uploaded", details);
    }
}
