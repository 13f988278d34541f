using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation.Read;
using DesaPlatform.SharedKernel.Access;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Reconciliation.Verified;

/// <summary>
/// Verified beside declared coverage over the villages a list covers, counted in the database. The lists and their
/// results are read past the caller's scope — a village is read against its regency's list, and a person added to the
/// roster after the run is found among the list's unmatched participants — but only counts of the root, which the
/// caller may read, leave here.
/// </summary>
internal sealed class VerifiedRosterCounts(MembershipDbContext db, ApprovedRosterCounts roster, NewestListPerVillage newest) : IVerifiedRosterCounts
{
    public async Task<VerifiedCounts?> CountAsync(string rootCode, int childCodeLength, DateOnly asOf, CancellationToken cancellationToken)
    {
        var datedByThen = (await newest.CoveringAsync(rootCode, cancellationToken)).Where(l => l.AsOf <= asOf).ToList();
        var read = (await newest.CoverAsync(rootCode, datedByThen, cancellationToken)).Shares;
        if (read.Count == 0) return null;

        // Each person is looked up in the newest list of their village, as NewestListPerVillage shares them out.
        var lists = db.ParticipantLists.IgnoreQueryFilters().Where(l => l.AsOf <= asOf);
        var rows = db.ReconciliationRows.IgnoreQueryFilters();
        var inListedVillages = roster.InOffice(rootCode, asOf)
            .Where(p => lists.Any(l => p.RegionCode == l.RegionCode || p.RegionCode.StartsWith(l.RegionCode + ".")));
        var declared = new CoverageRollUp();
        await declared.AddAsync(roster.PerVillage(inListedVillages.Select(p => new CountedPerson
        {
            RegionCode = p.RegionCode, PositionCode = p.PositionCode, Covered = p.CoveredFrom <= asOf,
        }), childCodeLength), cancellationToken);
        var verified = new CoverageRollUp();
        await verified.AddAsync(roster.PerVillage(inListedVillages.Select(p => new CountedPerson
        {
            RegionCode = p.RegionCode, PositionCode = p.PositionCode,
            Covered = p.CoveredFrom <= asOf && rows.Any(r => r.Nik == p.Nik && r.ActiveAtBpjs == true && r.ListId == lists
                .Where(l => p.RegionCode == l.RegionCode || p.RegionCode.StartsWith(l.RegionCode + "."))
                .OrderByDescending(l => l.AsOf).ThenByDescending(l => l.UploadedAt).Select(l => l.Id).FirstOrDefault()),
        }), childCodeLength), cancellationToken);

        var regions = read.Select(s => s.RegionCode).Distinct().ToList();
        var outermost = regions.Where(code => !regions.Any(other => other != code && RegionScope.Under(other).Contains(code))).Order().ToList();
        return new VerifiedCounts(declared.Counts(), verified.Counts(), outermost, read.Select(s => new ListedRegion(s.RegionCode, s.List.AsOf)).ToList());
    }
}
