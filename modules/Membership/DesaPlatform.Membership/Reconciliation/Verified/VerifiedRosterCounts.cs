using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Coverage;
using DesaPlatform.Membership.Domain;
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
        var villages = await roster.InOffice(rootCode, asOf)
            .Where(p => lists.Any(l => p.RegionCode == l.RegionCode || p.RegionCode.StartsWith(l.RegionCode + ".")))
            .Select(p => new
            {
                p.RegionCode, p.PositionCode, Covered = p.CoveredFrom <= asOf,
                Protected = rows.Any(r => r.Nik == p.Nik && r.ProtectedAtBpjs == true && r.ListId == lists
                    .Where(l => p.RegionCode == l.RegionCode || p.RegionCode.StartsWith(l.RegionCode + "."))
                    .OrderByDescending(l => l.AsOf).ThenByDescending(l => l.UploadedAt).Select(l => l.Id).FirstOrDefault()),
            })
            .Join(db.Positions, person => person.PositionCode, position => position.Code,
                (person, position) => new { person.RegionCode, person.Covered, Verified = person.Covered && person.Protected, position.Segment, Head = person.PositionCode == Position.KepalaDesa })
            .GroupBy(p => new { p.RegionCode, p.Segment })
            .Select(g => new VillageReading(g.Key.RegionCode, g.Key.Segment, g.Count(), g.Count(p => p.Head),
                g.Count(p => p.Covered), g.Count(p => p.Head && p.Covered), g.Count(p => p.Verified), g.Count(p => p.Head && p.Verified)))
            .ToListAsync(cancellationToken);
        // Both roll-ups run on those rows in memory: the people are read once.
        var declared = new CoverageRollUp();
        await declared.AddAsync(villages.Select(v => v.Counts(childCodeLength, v.Covered, v.HeadCovered)).AsQueryable(), cancellationToken);
        var verified = new CoverageRollUp();
        await verified.AddAsync(villages.Select(v => v.Counts(childCodeLength, v.Verified, v.HeadVerified)).AsQueryable(), cancellationToken);

        var regions = read.Select(s => s.RegionCode).Distinct().ToList();
        var outermost = regions.Where(code => !regions.Any(other => other != code && RegionScope.Under(other).Contains(code))).Order().ToList();
        return new VerifiedCounts(declared.Counts(), verified.Counts(), outermost, read.Select(s => new ListedRegion(s.RegionCode, s.List.AsOf)).ToList());
    }
}

/// <summary>One village and segment's people in office, covered as declared and as verified (the village heads apart).</summary>
internal sealed record VillageReading(
    string RegionCode, Segment Segment, int InOffice, int HeadInOffice, int Covered, int HeadCovered, int Verified, int HeadVerified)
{
    public VillageCounts Counts(int keyLength, int covered, int headCovered) => new()
    {
        Key = RegionCode[..keyLength], RegionCode = RegionCode, Segment = Segment, InOffice = InOffice, Covered = covered,
        HeadInOffice = HeadInOffice, HeadCovered = headCovered,
    };
}
