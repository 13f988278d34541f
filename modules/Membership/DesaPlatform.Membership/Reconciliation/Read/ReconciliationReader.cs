using DesaPlatform.Membership.Persistence;
using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.Regions.Contracts;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Regions;
using Microsoft.EntityFrameworkCore;

namespace DesaPlatform.Membership.Reconciliation.Read;

/// <summary>
/// Reads reconciliations of a region in the caller's scope: by default each village against the newest list covering
/// it (<see cref="NewestListPerVillage"/>), or one run asked for. Counts, regions one level down, results and the export
/// all read the same <see cref="ListCover"/>; the results stay scoped as always, so a village's operator counts and lists
/// only their village.
/// </summary>
internal sealed class ReconciliationReader(MembershipDbContext db, IRegionDirectory regions, ICurrentUser user, NewestListPerVillage newest)
{
    public async Task<ReconciliationView?> ViewAsync(string regionCode, Guid? runId, CancellationToken cancellationToken)
    {
        if (!user.Scope.Contains(regionCode) || await regions.FindAsync(regionCode, cancellationToken) is null) return null;
        var runs = await newest.CoveringAsync(regionCode, cancellationToken);
        var run = runs.FirstOrDefault(r => r.Id == runId);
        var cover = await newest.CoverAsync(regionCode, runId is null ? runs : run is null ? [] : [run], cancellationToken);
        return new ReconciliationView(regionCode, runs, run, cover, await CountsAsync(cover, cancellationToken));
    }

    public async Task<IReadOnlyList<RegionGroups>> ChildrenAsync(ReconciliationView view, CancellationToken cancellationToken)
    {
        if (view.Cover.Shares.Count == 0) return [];
        var children = await regions.ChildrenAsync(view.RegionCode, cancellationToken);
        return children
            .Select(c => new RegionGroups(c.Code, c.Name, GroupCounts.Sum(view.CountsByRegion.Where(r => RegionCode.IsWithin(r.Key, c.Code)).Select(r => r.Value))))
            .ToList();
    }

    public async Task<ResultPage> ResultsAsync(ReconciliationView view, ReconciliationGroup? group, int skip, int take, CancellationToken cancellationToken)
    {
        if (view.Cover.Shares.Count == 0) return new ResultPage(0, []);
        var rows = view.Cover.Rows(db.ReconciliationRows);
        if (group is { } g) rows = rows.Where(r => r.Group == g);
        var total = await rows.CountAsync(cancellationToken);
        var nodes = await rows.OrderBy(r => r.RegionCode).ThenBy(r => r.RosterName ?? r.BpjsName).ThenBy(r => r.Id)
            .Skip(skip).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
        return new ResultPage(total, nodes);
    }

    /// <summary>Every result of the view, for the export: in group (the page's order), region and name order.</summary>
    public IAsyncEnumerable<ReconciliationRow> AllResults(ListCover cover) =>
        // The group is stored by name: ordering by it would sort the groups alphabetically.
        cover.Rows(db.ReconciliationRows)
            .OrderBy(r => r.Group == ReconciliationGroup.Consistent ? 0
                : r.Group == ReconciliationGroup.DeclaredNotActive ? 1
                : r.Group == ReconciliationGroup.ActiveNotDeclared ? 2
                : r.Group == ReconciliationGroup.NotActiveNotDeclared ? 3 : 4)
            .ThenBy(r => r.RegionCode).ThenBy(r => r.RosterName ?? r.BpjsName).AsAsyncEnumerable();

    /// <summary>How the region's groups moved from run to run, newest first: each run whole, whichever view is chosen.</summary>
    public async Task<IReadOnlyList<RunGroups>> HistoryAsync(ReconciliationView view, CancellationToken cancellationToken)
    {
        var ids = view.Runs.Select(r => r.Id).ToList();
        var counts = await db.ReconciliationRows.Where(RegionScope.Under(view.RegionCode).Predicate<ReconciliationRow>(r => r.RegionCode)).Where(r => ids.Contains(r.ListId))
            .GroupBy(r => new { r.ListId, r.Group })
            .Select(g => new { g.Key.ListId, g.Key.Group, Count = g.Count(), Mismatches = g.Count(r => r.NameMismatch || r.BirthDateMismatch) })
            .ToListAsync(cancellationToken);
        return view.Runs
            .Select(run => new RunGroups(run, GroupCounts.Of(counts.Where(c => c.ListId == run.Id).Select(c => (c.Group, c.Count, c.Mismatches)))))
            .ToList();
    }

    /// <summary>
    /// Who changed group between the view's run (the newest covering the region, when none is chosen) and the run before
    /// it: people in both lists' results in the region, matched by NIK, in village and name order.
    /// </summary>
    public async Task<GroupMoves> MovesAsync(ReconciliationView view, int take, CancellationToken cancellationToken)
    {
        var newer = view.Run ?? view.Runs.FirstOrDefault();
        var older = view.Runs.SkipWhile(r => r.Id != newer?.Id).Skip(1).FirstOrDefault();
        if (newer is null || older is null) return new GroupMoves(null, 0, []);
        var inRegion = db.ReconciliationRows.Where(RegionScope.Under(view.RegionCode).Predicate<ReconciliationRow>(r => r.RegionCode));
        var moves = from now in inRegion.Where(r => r.ListId == newer.Id)
                    join before in inRegion.Where(r => r.ListId == older.Id) on new { now.Nik, now.RegionCode } equals new { before.Nik, before.RegionCode }
                    where now.Group != before.Group
                    select new { now.RegionCode, Name = now.RosterName ?? now.BpjsName, now.Nik, From = before.Group, To = now.Group };
        var total = await moves.CountAsync(cancellationToken);
        var nodes = await moves.OrderBy(m => m.RegionCode).ThenBy(m => m.Name).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
        return new GroupMoves(older, total, nodes.Select(m => new GroupMove(m.RegionCode, m.Name, m.Nik, m.From, m.To)).ToList());
    }

    private async Task<Dictionary<string, GroupCounts>> CountsAsync(ListCover cover, CancellationToken cancellationToken)
    {
        if (cover.Shares.Count == 0) return [];
        var counts = await cover.Rows(db.ReconciliationRows)
            .GroupBy(r => new { r.RegionCode, r.Group })
            .Select(g => new { g.Key.RegionCode, g.Key.Group, Count = g.Count(), Mismatches = g.Count(r => r.NameMismatch || r.BirthDateMismatch) })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.RegionCode).ToDictionary(g => g.Key, g => GroupCounts.Of(g.Select(c => (c.Group, c.Count, c.Mismatches))));
    }
}
