using DesaPlatform.Membership.Domain;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.Membership.Reconciliation.Read;
using DesaPlatform.Membership.Roster;
using DesaPlatform.SharedKernel.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Reconciliation.TakeIntoDraft;

/// <summary>
/// Someone protected at BPJS (active with JKK and JKM) but not covered in the roster: the village takes BPJS's status
/// into its draft in one action, which covers them — an active enrollment with the list's segment and programmes, from
/// the list's date (the KPJ from the list, else the one the roster has), and only from the newest list covering the
/// village. It is then submitted and approved as any change.
/// </summary>
internal sealed class TakeBpjsStatusHandler(MembershipDbContext db, RosterEdits edits, NewestListPerVillage lists)
{
    public async Task<Payload<Person>> HandleAsync(Guid resultId, CancellationToken cancellationToken)
    {
        var result = await db.ReconciliationRows.AsNoTracking().FirstOrDefaultAsync(r => r.Id == resultId, cancellationToken);
        if (result is not { EntryId: { } entryId }) return Payload<Person>.Failure(UserError.NotFound("resultId"));
        if (result.Group != ReconciliationGroup.ActiveNotDeclared)
            return Payload<Person>.Failure(new UserError("BPJS_NOT_ACTIVE_UNDECLARED",
                "Hanya orang yang aktif di BPJS dengan JKK dan JKM tetapi belum tercatat terlindungi yang bisa diambil statusnya.", "resultId"));
        // Only the newest list speaks for the village: an older one may say active of someone BPJS has since ended.
        var covering = await lists.CoveringAsync(result.RegionCode, cancellationToken);
        if (covering[0].Id != result.ListId)
            return Payload<Person>.Failure(new UserError("BPJS_LIST_SUPERSEDED",
                $"Status ini dari daftar yang lebih lama; daftar per {covering[0].AsOf:yyyy-MM-dd} yang berlaku untuk desa ini. Ambil statusnya dari daftar itu.", "resultId")
                { Values = MessageValues.Of(("date", covering[0].AsOf.ToString("yyyy-MM-dd"))) });
        var asOf = covering[0].AsOf;
        // The entry's newest version: the draft if the village is changing it, else the one waiting for review, else the official one.
        var current = await db.People.AsNoTracking()
            .Where(p => p.EntryId == entryId && p.Status != RosterStatus.Superseded)
            .OrderBy(p => p.Status == RosterStatus.Draft ? 0 : p.Status == RosterStatus.Pending ? 1 : 2).FirstOrDefaultAsync(cancellationToken);
        if (current is null) return Payload<Person>.Failure(UserError.NotFound("resultId"));
        var data = current.Data();
        var kpj = result.Kpj ?? data.Enrollment?.Kpj;
        if (kpj is null)
            return Payload<Person>.Failure(new UserError("BPJS_KPJ_MISSING",
                "Daftar BPJS tidak memuat nomor KPJ orang ini dan daftar desa belum punya: isi kepesertaannya lewat formulir.", "resultId"));
        var enrollment = new EnrollmentData(kpj, result.Segment!.Value,
            result.Programs!.Split(',').Select(p => Enum.Parse<Contracts.SocialSecurityProgram>(p, ignoreCase: true)).ToList(),
            data.Enrollment?.WageBase, data.Enrollment?.StartDate is { } start && start <= asOf ? start : asOf, EnrollmentStatus.Active);
        return await edits.ChangeAsync(current.Id, data with { Enrollment = enrollment }, cancellationToken);
    }
}
