using DesaPlatform.Membership.Contracts;
using DesaPlatform.Membership.Domain;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace DesaPlatform.Membership.Coverage;

/// <summary>One village and segment's approved roster: from the kept summary, or counted from the history of a past day.</summary>
internal sealed class VillageCounts
{
    /// <summary>What the roll-up groups by: the child region the village lies in, or the month it was counted for.</summary>
    public string Key { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public Segment Segment { get; init; }
    public int InOffice { get; init; }
    public int Covered { get; init; }
    public int HeadInOffice { get; init; }
    public int HeadCovered { get; init; }
}

/// <summary>
/// Rolls villages' counts up by their <see cref="VillageCounts.Key"/> (child regions, or months) in two grouped
/// statements, whatever the region. The same expressions
/// run on rows in memory too (villages whose kept row the calendar expired, counted afresh), and <see cref="Add"/>
/// joins both.
/// </summary>
internal sealed class CoverageRollUp
{
    private readonly List<SegmentTotals> _segments = [];
    private readonly List<DesaTotals> _regions = [];

    /// <summary>What was added, grouped by key and segment: a region's kept month (<see cref="RegionMonth"/>).</summary>
    public IReadOnlyList<SegmentTotals> Segments => _segments;

    /// <summary>What was added, grouped by key alone.</summary>
    public IReadOnlyList<DesaTotals> Desa => _regions;

    /// <summary>Adds totals rolled up before, under their <see cref="SegmentTotals.Child"/> keys.</summary>
    public void Add(IEnumerable<SegmentTotals> segments, IEnumerable<DesaTotals> desa)
    {
        _segments.AddRange(segments);
        _regions.AddRange(desa);
    }

    public async Task AddAsync(IQueryable<VillageCounts> villages, CancellationToken cancellationToken)
    {
        // A village code's 10th character: 1 kelurahan, 2 desa, 3 desa adat. Kelurahan are no desa, whoever they employ.
        _segments.AddRange(await ListAsync(villages
            .GroupBy(v => new { Child = v.Key, v.Segment })
            .Select(g => new SegmentTotals
            {
                Child = g.Key.Child, Segment = g.Key.Segment,
                InOffice = g.Sum(v => v.InOffice), Covered = g.Sum(v => v.Covered),
                HeadInOffice = g.Sum(v => v.HeadInOffice), HeadCovered = g.Sum(v => v.HeadCovered),
                DesaWithCoverage = g.Count(v => v.Covered > 0 && v.RegionCode.Substring(9, 1) != "1"),
                DesaWithHeadCovered = g.Count(v => v.HeadCovered > 0 && v.RegionCode.Substring(9, 1) != "1"),
            }), cancellationToken));
        _regions.AddRange(await ListAsync(villages
            .Where(v => v.RegionCode.Substring(9, 1) != "1")
            .GroupBy(v => v.Key)
            .Select(g => new DesaTotals
            {
                Child = g.Key,
                DesaWithCoverage = g.Where(v => v.Covered > 0).Select(v => v.RegionCode).Distinct().Count(),
                DesaWithApprovedRoster = g.Where(v => v.InOffice > 0).Select(v => v.RegionCode).Distinct().Count(),
            }), cancellationToken));
    }

    public RosterCounts Counts()
    {
        var bySegment = _segments
            .GroupBy(r => (r.Child, Segment: r.Segment.ToString().ToConstantCase()))
            .Select(g => new SegmentCount(g.Key.Child, g.Key.Segment, g.Sum(r => r.InOffice), g.Sum(r => r.Covered), g.Sum(r => r.DesaWithCoverage)))
            .Concat(_segments.Where(r => r.HeadInOffice > 0).GroupBy(r => r.Child)
                .Select(g => new SegmentCount(g.Key, RosterCounts.KepalaDesa, g.Sum(r => r.HeadInOffice), g.Sum(r => r.HeadCovered), g.Sum(r => r.DesaWithHeadCovered))))
            .ToList();
        var byRegion = _regions.GroupBy(r => r.Child)
            .Select(g => new DesaCount(g.Key, g.Sum(r => r.DesaWithCoverage), g.Sum(r => r.DesaWithApprovedRoster)))
            .ToList();
        return new RosterCounts(bySegment, byRegion);
    }

    private static async Task<List<T>> ListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider ? await query.ToListAsync(cancellationToken) : query.ToList();
}

/// <summary>A key's people in one segment, and its desa (not kelurahan) with someone covered in it.</summary>
internal sealed class SegmentTotals
{
    public string Child { get; init; } = "";
    public Segment Segment { get; init; }
    public int InOffice { get; init; }
    public int Covered { get; init; }
    public int HeadInOffice { get; init; }
    public int HeadCovered { get; init; }
    public int DesaWithCoverage { get; init; }
    public int DesaWithHeadCovered { get; init; }
}

/// <summary>A key's desa, whatever the segment: with someone covered, and with an approved roster.</summary>
internal sealed class DesaTotals
{
    public string Child { get; init; } = "";
    public int DesaWithCoverage { get; init; }
    public int DesaWithApprovedRoster { get; init; }
}
