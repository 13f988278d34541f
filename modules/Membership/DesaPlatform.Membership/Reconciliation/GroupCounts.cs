using DesaPlatform.Membership.Reconciliation.Domain;

namespace DesaPlatform.Membership.Reconciliation;

/// <summary>How many results fall in each group (see <see cref="ReconciliationGroup"/>), and how many of them have a name or birth-date mismatch.</summary>
internal sealed record GroupCounts(int Consistent, int DeclaredNotActive, int ActiveNotDeclared, int NotActiveNotDeclared, int Unmatched, int Mismatches)
{
    public static readonly GroupCounts None = new(0, 0, 0, 0, 0, 0);

    public static GroupCounts Of(IEnumerable<(ReconciliationGroup Group, int Count, int Mismatches)> groups)
    {
        var list = groups.ToList();
        int Count(ReconciliationGroup group) => list.Where(g => g.Group == group).Sum(g => g.Count);
        return new(Count(ReconciliationGroup.Consistent), Count(ReconciliationGroup.DeclaredNotActive), Count(ReconciliationGroup.ActiveNotDeclared),
            Count(ReconciliationGroup.NotActiveNotDeclared), Count(ReconciliationGroup.Unmatched), list.Sum(g => g.Mismatches));
    }

    public static GroupCounts Sum(IEnumerable<GroupCounts> counts) => counts.Aggregate(None, (a, b) => new(a.Consistent + b.Consistent,
        a.DeclaredNotActive + b.DeclaredNotActive, a.ActiveNotDeclared + b.ActiveNotDeclared, a.NotActiveNotDeclared + b.NotActiveNotDeclared,
        a.Unmatched + b.Unmatched, a.Mismatches + b.Mismatches));
}
