using DesaPlatform.Membership.Persistence;
using DesaPlatform.SharedKernel.Access;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Coverage;

/// <summary>
/// Keeps <see cref="RegionMonth"/> rows: districts rolled up from their villages' monthly counts, then each level
/// from the one below (every total adds up across regions that do not overlap), in the caller's transaction.
/// </summary>
internal sealed class RegionMonths(MembershipDbContext db)
{
    private const int DistrictCodeLength = 8;
    private static readonly int[] UpperLevels = [5, 2, 0];

    /// <summary>
    /// Rolls the <paramref name="months"/> up again: for every region, or for the regions above
    /// <paramref name="villageCode"/> alone (its counts changed).
    /// </summary>
    public async Task RollUpAsync(IReadOnlyCollection<string> months, string? villageCode, CancellationToken cancellationToken)
    {
        var district = villageCode?[..DistrictCodeLength];
        // Every village of the district counts, whoever's reopen this is.
        var villages = db.VillageMonths.IgnoreQueryFilters().Where(m => months.Contains(m.Month));
        if (district is not null) villages = villages.Where(RegionScope.Under(district).Predicate<VillageMonth>(m => m.RegionCode));
        var rollUp = new CoverageRollUp();
        await rollUp.AddAsync(villages.Select(m => new VillageCounts
        {
            Key = m.Month + m.RegionCode.Substring(0, DistrictCodeLength), RegionCode = m.RegionCode, Segment = m.Segment,
            InOffice = m.InOffice, Covered = m.Covered, HeadInOffice = m.HeadInOffice, HeadCovered = m.HeadCovered,
        }), cancellationToken);
        await ReplaceAsync(months, DistrictCodeLength, district, rollUp, cancellationToken);

        var below = DistrictCodeLength;
        foreach (var length in UpperLevels)
        {
            await ReplaceAsync(months, length, villageCode?[..length], await SumAsync(months, below, length, villageCode?[..length], cancellationToken),
                cancellationToken);
            below = length;
        }
    }

    /// <summary>A region's kept months, keyed by month (yyyy-MM), as <see cref="CoverageRollUp.AddAsync"/> would have counted them.</summary>
    public async Task AddAsync(CoverageRollUp rollUp, string regionCode, IReadOnlyCollection<string> months, CancellationToken cancellationToken)
    {
        var segments = await db.RegionMonths.Where(m => m.RegionCode == regionCode && months.Contains(m.Month)).ToListAsync(cancellationToken);
        var desa = await db.RegionMonthDesa.Where(m => m.RegionCode == regionCode && months.Contains(m.Month)).ToListAsync(cancellationToken);
        rollUp.Add(
            segments.Select(m => new SegmentTotals
            {
                Child = m.Month, Segment = m.Segment, InOffice = m.InOffice, Covered = m.Covered, HeadInOffice = m.HeadInOffice,
                HeadCovered = m.HeadCovered, DesaWithCoverage = m.DesaWithCoverage, DesaWithHeadCovered = m.DesaWithHeadCovered,
            }),
            desa.Select(m => new DesaTotals { Child = m.Month, DesaWithCoverage = m.DesaWithCoverage, DesaWithApprovedRoster = m.DesaWithApprovedRoster }));
    }

    /// <summary>Forgets every kept month (the rebuild command counts them all again).</summary>
    public async Task ForgetAsync(CancellationToken cancellationToken)
    {
        await db.RegionMonths.ExecuteDeleteAsync(cancellationToken);
        await db.RegionMonthDesa.ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The rows of one level summed into the level above, keyed as the district roll-up is: month, then region code.</summary>
    private async Task<CoverageRollUp> SumAsync(IReadOnlyCollection<string> months, int below, int length, string? regionCode,
        CancellationToken cancellationToken)
    {
        var segments = db.RegionMonths.Where(m => months.Contains(m.Month) && m.RegionCode.Length == below);
        var desa = db.RegionMonthDesa.Where(m => months.Contains(m.Month) && m.RegionCode.Length == below);
        if (regionCode is not null)
        {
            segments = segments.Where(RegionScope.Under(regionCode).Predicate<RegionMonth>(m => m.RegionCode));
            desa = desa.Where(RegionScope.Under(regionCode).Predicate<RegionMonthDesa>(m => m.RegionCode));
        }
        var rollUp = new CoverageRollUp();
        rollUp.Add(
            await segments.GroupBy(m => new { Key = m.Month + m.RegionCode.Substring(0, length), m.Segment })
                .Select(g => new SegmentTotals
                {
                    Child = g.Key.Key, Segment = g.Key.Segment, InOffice = g.Sum(m => m.InOffice), Covered = g.Sum(m => m.Covered),
                    HeadInOffice = g.Sum(m => m.HeadInOffice), HeadCovered = g.Sum(m => m.HeadCovered),
                    DesaWithCoverage = g.Sum(m => m.DesaWithCoverage), DesaWithHeadCovered = g.Sum(m => m.DesaWithHeadCovered),
                }).ToListAsync(cancellationToken),
            await desa.GroupBy(m => m.Month + m.RegionCode.Substring(0, length))
                .Select(g => new DesaTotals
                {
                    Child = g.Key, DesaWithCoverage = g.Sum(m => m.DesaWithCoverage), DesaWithApprovedRoster = g.Sum(m => m.DesaWithApprovedRoster),
                }).ToListAsync(cancellationToken));
        return rollUp;
    }

    private async Task ReplaceAsync(IReadOnlyCollection<string> months, int length, string? regionCode, CoverageRollUp rollUp,
        CancellationToken cancellationToken)
    {
        await db.RegionMonths.Where(m => months.Contains(m.Month) && m.RegionCode.Length == length && (regionCode == null || m.RegionCode == regionCode))
            .ExecuteDeleteAsync(cancellationToken);
        await db.RegionMonthDesa.Where(m => months.Contains(m.Month) && m.RegionCode.Length == length && (regionCode == null || m.RegionCode == regionCode))
            .ExecuteDeleteAsync(cancellationToken);
        // A key is the month (yyyy-MM, 7 characters) and the region's code.
        var segments = rollUp.Segments.Select(t => new RegionMonth
        {
            Month = t.Child[..7], RegionCode = t.Child[7..], Segment = t.Segment, InOffice = t.InOffice, Covered = t.Covered,
            HeadInOffice = t.HeadInOffice, HeadCovered = t.HeadCovered, DesaWithCoverage = t.DesaWithCoverage, DesaWithHeadCovered = t.DesaWithHeadCovered,
        }).ToList();
        var desa = rollUp.Desa.Select(t => new RegionMonthDesa
        {
            Month = t.Child[..7], RegionCode = t.Child[7..], DesaWithCoverage = t.DesaWithCoverage, DesaWithApprovedRoster = t.DesaWithApprovedRoster,
        }).ToList();
        db.RegionMonths.AddRange(segments);
        db.RegionMonthDesa.AddRange(desa);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in segments) db.Entry(row).State = EntityState.Detached;
        foreach (var row in desa) db.Entry(row).State = EntityState.Detached;
    }
}
