using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Positions;
using DesaPlatform.Membership.Roster.Import;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Approvals;
using DesaPlatform.SharedKernel.Auditing;
using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.SharedKernel.Modules;
using DesaPlatform.SharedKernel.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Roster.RegionImport;

/// <summary>
/// One spreadsheet of many villages (a kode_desa column, otherwise the village file's columns and rules) from a regency
/// or a province: each village's rows are checked exactly as that village's own file would be
/// (<see cref="RosterImportCheck"/>), and a village code that is not a desa of the region in the caller's scope, or a
/// village whose roster waits for review, is a row problem. Applied only when no row of any village has a problem, in
/// one transaction holding every village's lock (taken in code order): the rows go into each village's draft, which
/// becomes one submission per village sent on its behalf (<see cref="ImportedSubmissions"/>).
/// </summary>
internal sealed class ImportRegionRosterHandler(
    MembershipDbContext db, IRegionDirectory regions, PositionCatalogCache catalog, RosterLock rosterLock, ImportedSubmissions submissions,
    ICurrentUser user, IClock clock)
{
    public async Task<Payload<RegionRosterImportReport>> HandleAsync(ImportRegionRosterInput input, CancellationToken cancellationToken)
    {
        if (UploadedFileName.Problem(input.FileName) is { } longName) return Payload<RegionRosterImportReport>.Failure(longName);
        if (UploadedBytes.Decode(input.FileBase64) is not { } file) return Payload<RegionRosterImportReport>.Failure(UploadedBytes.NotBase64);
        if (await regions.FindAsync(input.RegionCode, cancellationToken) is not { Depth: <= 2 } region)
            return Payload<RegionRosterImportReport>.Failure(UserError.UnknownRegion(input.RegionCode, "regionCode"));

        var sheet = SheetReader.Read(file, input.FileName);
        if (sheet.Problem is { } unreadable)
            return Refused([new RosterImportProblem(0, null, unreadable.Code, unreadable.Message) { Values = unreadable.Values }]);
        var (columns, headerProblems) = RosterImportHeader.Read(sheet.Rows[0], [RosterColumns.Village, .. RosterColumns.Required]);
        if (headerProblems.Count > 0) return Refused(headerProblems);
        var dataRows = sheet.Rows.Skip(1).ToList();
        if (dataRows.Count == 0) return Refused([new RosterImportProblem(0, null, "EMPTY_FILE", "Berkas tidak berisi baris data.")]);

        var desa = (await regions.DesaAsync(region.Code, cancellationToken)).ToDictionary(d => d.Code);
        var byVillage = dataRows.GroupBy(r => r.Cells.ElementAtOrDefault(columns[RosterColumns.Village])?.Trim() ?? "").ToList();
        var problems = await VillageCodeProblemsAsync(byVillage.Where(g => !desa.ContainsKey(g.Key)).ToList(), cancellationToken);
        var villages = byVillage.Where(g => desa.ContainsKey(g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var importedFile = new ImportedFile(input.FileName, file);

        return await rosterLock.ChangeManyAsync(villages.Select(v => v.Key).ToList(), async () =>
        {
            var codes = villages.Select(v => v.Key).ToList();
            var waiting = await db.Submissions.Where(s => codes.Contains(s.RegionCode) && s.Status == SubmissionStatus.Submitted)
                .Select(s => s.RegionCode).ToListAsync(cancellationToken);
            // The import is sent on the village's behalf: changes the village keeps in draft would go with it unseen.
            var drafting = await db.People.Where(p => codes.Contains(p.RegionCode) && p.Status == RosterStatus.Draft)
                .Select(p => p.RegionCode).Distinct().ToListAsync(cancellationToken);
            var open = new List<(DesaEntry Village, List<SheetRow> Rows, RosterRowParser Parser, DateOnly Today)>();
            foreach (var rows in villages)
            {
                var village = desa[rows.Key];
                if (waiting.Contains(village.Code))
                {
                    problems.Add(new RosterImportProblem(rows.First().Line, RosterColumns.Village, "ROSTER_LOCKED",
                        $"Daftar desa {village.Code} sedang menunggu persetujuan kabupaten: putuskan atau tarik dulu pengajuannya.")
                    {
                        VillageCode = village.Code,
                        Values = MessageValues.Of(("village", village.Code)),
                    });
                    continue;
                }
                if (drafting.Contains(village.Code))
                {
                    problems.Add(new RosterImportProblem(rows.First().Line, RosterColumns.Village, "VILLAGE_HAS_DRAFT",
                        $"Desa {village.Code} punya perubahan draf yang belum dikirim: minta desa mengirim atau membuangnya dulu, agar tidak ikut terkirim bersama impor.")
                    {
                        VillageCode = village.Code,
                        Values = MessageValues.Of(("village", village.Code)),
                    });
                    continue;
                }
                var today = clock.TodayIn(village.Code);
                open.Add((village, rows.ToList(), new RosterRowParser(columns, village.Code, today), today));
            }
            var rosters = await VillageRoster.LoadManyAsync(db, regions, catalog,
                open.Select(v => new RosterToLoad(new RegionSummary(v.Village.Code, v.Village.Name, 4, true),
                    v.Rows.Select(r => v.Parser.Key(r).Nik).ToList(), v.Today)).ToList(), cancellationToken);
            var perVillage = open.Select(v => (Roster: rosters[v.Village.Code], Check: RosterImportCheck.Run(rosters[v.Village.Code], v.Parser, v.Rows, v.Today), v.Today)).ToList();
            var twoVillages = NikInTwoVillages.Find(perVillage).ToLookup(p => p.VillageCode!);
            var checks = open.Zip(perVillage, (v, c) => (v.Village, Check: c.Check with
            {
                Report = c.Check.Report with { Problems = [.. c.Check.Report.Problems.Concat(twoVillages[v.Village.Code]).OrderBy(p => p.Line)] },
            })).ToList();
            var report = new RegionRosterImportReport(
                checks.Select(c => new VillageImportReport(c.Village.Code, c.Village.Name, c.Check.Report)).ToList(),
                problems.Concat(checks.SelectMany(c => c.Check.Report.Problems)).OrderBy(p => p.Line).ToList(), false, 0);
            var changed = checks.Where(c => c.Check.Changes.Count > 0).ToList();
            db.ChangeTracker.Clear();
            if (report.Refused || input.DryRun || changed.Count == 0) return Payload<RegionRosterImportReport>.Success(report);
            if (report.WarningCount > 0 && !input.ConfirmLosses)
                return new Payload<RegionRosterImportReport>(report, [RosterImportWarning.ConfirmationRequired(report.WarningCount)]);

            var versions = changed.SelectMany(c => c.Check.Changes).ToList();
            var sending = await submissions.PrepareAsync(versions, changed.ToDictionary(c => c.Village.Code, c => c.Check.Report.Warnings.Count),
                input.FileName, cancellationToken);
            await RosterImportWrite.SaveAsync(db, versions,
                changed.Select(c => RosterImportAudit.Summary(user, c.Village.Code, importedFile, c.Check.Report with { Applied = true }, c.Check.Changes)),
                cancellationToken);
            await sending.SaveAsync(db, cancellationToken);
            var sent = sending.Submissions.Count;
            return Payload<RegionRosterImportReport>.Success(report with { Applied = true, Submissions = sent });
        }, cancellationToken);
    }

    /// <summary>
    /// Rows whose village code is empty, unknown, or not a desa of the region in the caller's scope (another regency, a
    /// kelurahan, a retired village): one problem per row.
    /// </summary>
    private async Task<List<RosterImportProblem>> VillageCodeProblemsAsync(List<IGrouping<string, SheetRow>> rows, CancellationToken cancellationToken)
    {
        var known = await regions.NamesAsync(rows.Select(g => g.Key).Where(c => c.Length > 0).ToList(), cancellationToken);
        return rows.SelectMany(g => g.Select(row => g.Key.Length == 0
                ? new RosterImportProblem(row.Line, RosterColumns.Village, "MISSING_FIELD", "Wajib diisi (kode desa, mis. 61.01.01.2001).")
                : known.ContainsKey(g.Key)
                    ? new RosterImportProblem(row.Line, RosterColumns.Village, "VILLAGE_NOT_IMPORTABLE",
                        $"{g.Key} bukan desa aktif di wilayah Anda (di luar wilayah, kelurahan, atau sudah dihapus).")
                    {
                        Values = MessageValues.Of(("village", g.Key)),
                    }
                    : new RosterImportProblem(row.Line, RosterColumns.Village, "UNKNOWN_VILLAGE", $"Kode desa {g.Key} tidak dikenal.")
                    {
                        Values = MessageValues.Of(("village", g.Key)),
                    }))
            .ToList();
    }

    private static Payload<RegionRosterImportReport> Refused(IReadOnlyList<RosterImportProblem> problems) =>
        Payload<RegionRosterImportReport>.Success(new RegionRosterImportReport([], problems, false, 0));
}
