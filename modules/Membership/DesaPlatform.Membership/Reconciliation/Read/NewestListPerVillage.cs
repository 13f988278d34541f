using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Reconciliation.Read;

/// <summary>
/// Which participant list speaks for each village of a region: the newest (by date, then upload) of the lists of the
/// village, its district, regency or province. Worked out on the lists alone (a few dozen, never a village at a time)
/// and the desa counts of their regions: each list speaks for its region less the regions of newer lists inside it, and
/// a newer list above it leaves it nothing. The results then come out of one predicate the database runs on its index
/// (<see cref="ListCover.Rows"/>), for a province as for the country.
/// </summary>
internal sealed class NewestListPerVillage(MembershipDbContext db, IRegionDirectory regions)
{
    /// <summary>
    /// The lists covering the region — of it, above it (a village reads its regency's list) or below it (a province reads
    /// its regencies' lists) — newest first. Read past the scope for that reason; the results stay scoped as always.
    /// </summary>
    public async Task<IReadOnlyList<ListInfo>> CoveringAsync(string regionCode, CancellationToken cancellationToken)
    {
        var above = new List<string>();
        for (var code = RegionCode.ParentOf(regionCode); code is not null && code != RegionCode.Country; code = RegionCode.ParentOf(code)) above.Add(code);
        var lists = db.ParticipantLists.IgnoreQueryFilters();
        var covering = lists.Where(RegionScope.Under(regionCode).Predicate<ParticipantList>(l => l.RegionCode)).Concat(lists.Where(l => above.Contains(l.RegionCode)));
        return await covering
            .OrderByDescending(l => l.AsOf).ThenByDescending(l => l.UploadedAt)
            .Select(l => new ListInfo(l.Id, l.RegionCode, l.AsOf, l.FileName, l.Sha256, l.File != null, l.Participants, l.UploadedBy, l.UploadedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>How <paramref name="newestFirst"/> share the region's villages: each village goes to the first list covering it.</summary>
    public async Task<ListCover> CoverAsync(string regionCode, IReadOnlyList<ListInfo> newestFirst, CancellationToken cancellationToken)
    {
        var claims = Claims(regionCode, newestFirst);
        var desa = await DesaCountsAsync(regionCode, claims.Select(c => c.RegionCode).Append(regionCode).Distinct().ToList(), cancellationToken);
        var shares = claims
            .Select(c => new ListShare(c.List, c.RegionCode, c.Except, desa.GetValueOrDefault(c.RegionCode) - c.Except.Sum(e => desa.GetValueOrDefault(e))))
            .Where(s => s.Villages > 0)
            .ToList();
        var villages = desa.GetValueOrDefault(regionCode);
        return new ListCover(regionCode, shares, villages, villages - shares.Sum(s => s.Villages));
    }

    /// <summary>Newest first, each list claims its region (within the asked one) less what newer lists claimed inside it.</summary>
    private static List<ListShare> Claims(string regionCode, IReadOnlyList<ListInfo> newestFirst)
    {
        var claimed = new List<string>();
        var claims = new List<ListShare>();
        foreach (var list in newestFirst)
        {
            var region = RegionCode.IsWithin(list.RegionCode, regionCode) ? list.RegionCode : regionCode;
            if (claimed.Any(c => RegionCode.IsWithin(region, c))) continue;
            var inside = claimed.Where(c => RegionCode.IsWithin(c, region)).ToList();
            claims.Add(new ListShare(list, region, inside, 0));
            claimed.RemoveAll(inside.Contains);
            claimed.Add(region);
        }
        return claims;
    }

    /// <summary>Desa in each of <paramref name="codes"/>: one grouped count per code length (a few at most).</summary>
    private async Task<Dictionary<string, int>> DesaCountsAsync(string regionCode, IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>();
        foreach (var length in codes.Select(c => c.Length).Distinct())
        {
            var grouped = await regions.CountDesaAsync(regionCode, length, cancellationToken);
            foreach (var code in codes.Where(c => c.Length == length)) counts[code] = length == 0 ? grouped.Values.Sum() : grouped.GetValueOrDefault(code);
        }
        return counts;
    }
}
