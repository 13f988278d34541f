using System.Linq.Expressions;
using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Reconciliation.Read;

/// <summary>
/// Reads reconciliations of a region in the caller's scope. A run covers a region when its list is of the region, of
/// a region above it (a village reads its regency's run) or of one below it (a province reads its regencies' runs).
/// The runs' own rows (date, file name) are read past the scope for that reason; the results stay scoped as always, so
/// a village's operator counts and lists only their village.
/// </summary>
internal sealed class ReconciliationReader(MembershipDbContext db, IRegionDirectory regions, ICurrentUser user)
{
    public async Task<ReconciliationView?> ViewAsync(string regionCode, Guid? listId, CancellationToken cancellationToken)
    {
        if (!user.Scope.Contains(regionCode) || await regions.FindAsync(regionCode, cancellationToken) is null) return null;
        var runs = await RunsCoveringAsync(regionCode, cancellationToken);
        var run = listId is { } id ? runs.FirstOrDefault(r => r.Id == id) : runs.FirstOrDefault();
        var groups = run is null ? GroupCounts.None : (await CountsAsync(run.Id, regionCode, cancellationToken)).Values.Aggregate(GroupCounts.None, Sum);
        return new ReconciliationView(regionCode, runs, run, groups);
    }

    public async Task<IReadOnlyList<RegionGroups>> ChildrenAsync(ReconciliationView view, CancellationToken cancellationToken)
    {
        if (view.Run is null) return [];
        var children = await regions.ChildrenAsync(view.RegionCode, cancellationToken);
        var byRegion = await CountsAsync(view.Run.Id, view.RegionCode, cancellationToken);
        return children
            .Select(c => new RegionGroups(c.Code, c.Name,
                byRegion.Where(r => r.Key == c.Code || r.Key.StartsWith(c.Code + ".", StringComparison.Ordinal)).Select(r => r.Value).Aggregate(GroupCounts.None, Sum)))
            .ToList();
    }

    public async Task<ResultPage> ResultsAsync(ReconciliationView view, ReconciliationGroup? group, int skip, int take, CancellationToken cancellationToken)
    {
        if (view.Run is null) return new ResultPage(0, []);
        var rows = Results(view.Run.Id, view.RegionCode);
        if (group is { } g) rows = rows.Where(r => r.Group == g);
        var total = await rows.CountAsync(cancellationToken);
        var nodes = await rows.OrderBy(r => r.RegionCode).ThenBy(r => r.RosterName ?? r.BpjsName).ThenBy(r => r.Id)
            .Skip(skip).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
        return new ResultPage(total, nodes);
    }

    /// <summary>Every result of the run in the region, for the export: in region and name order.</summary>
    public IAsyncEnumerable<ReconciliationRow> AllResults(Guid listId, string regionCode) =>
        Results(listId, regionCode).OrderBy(r => r.Group).ThenBy(r => r.RegionCode).ThenBy(r => r.RosterName ?? r.BpjsName).AsAsyncEnumerable();

    /// <summary>How the region's groups moved from run to run, newest first.</summary>
    public async Task<IReadOnlyList<RunGroups>> HistoryAsync(ReconciliationView view, CancellationToken cancellationToken)
    {
        var ids = view.Runs.Select(r => r.Id).ToList();
        var counts = await db.ReconciliationRows.Where(Within(view.RegionCode)).Where(r => ids.Contains(r.ListId))
            .GroupBy(r => new { r.ListId, r.Group })
            .Select(g => new { g.Key.ListId, g.Key.Group, Count = g.Count(), Mismatches = g.Count(r => r.NameMismatch || r.BirthDateMismatch) })
            .ToListAsync(cancellationToken);
        return view.Runs
            .Select(run => new RunGroups(run, GroupCounts.Of(counts.Where(c => c.ListId == run.Id).Select(c => (c.Group, c.Count, c.Mismatches)))))
            .ToList();
    }

    private async Task<List<ListInfo>> RunsCoveringAsync(string regionCode, CancellationToken cancellationToken)
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

    private async Task<Dictionary<string, GroupCounts>> CountsAsync(Guid listId, string regionCode, CancellationToken cancellationToken)
    {
        var counts = await Results(listId, regionCode)
            .GroupBy(r => new { r.RegionCode, r.Group })
            .Select(g => new { g.Key.RegionCode, g.Key.Group, Count = g.Count(), Mismatches = g.Count(r => r.NameMismatch || r.BirthDateMismatch) })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.RegionCode).ToDictionary(g => g.Key, g => GroupCounts.Of(g.Select(c => (c.Group, c.Count, c.Mismatches))));
    }

    private IQueryable<ReconciliationRow> Results(Guid listId, string regionCode) =>
        db.ReconciliationRows.Where(r => r.ListId == listId).Where(Within(regionCode));

    private static Expression<Func<ReconciliationRow, bool>> Within(string regionCode) =>
        RegionScope.Under(regionCode).Predicate<ReconciliationRow>(r => r.RegionCode);

    private static GroupCounts Sum(GroupCounts a, GroupCounts b) => new(a.Consistent + b.Consistent, a.DeclaredNotActive + b.DeclaredNotActive,
        a.ActiveNotDeclared + b.ActiveNotDeclared, a.Unmatched + b.Unmatched, a.Mismatches + b.Mismatches);
}
