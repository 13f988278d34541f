using System.Linq.Expressions;

namespace DesaPlatform.Targets.Domain;

/// <summary>When a finding still needs work: while any of its actions is open, in progress or constrained — or none was agreed yet.</summary>
internal static class OpenFindings
{
    public const string Rule = "Open while any of its actions is not done or dropped, or while it has no action yet.";

    public static bool IsOpen(IReadOnlyCollection<FollowUpAction> actions) =>
        actions.Count == 0 || actions.Any(a => !FollowUpAction.Closed.Contains(a.Status));

    /// <summary><see cref="IsOpen"/> as the database runs it, over the actions the caller may see.</summary>
    public static Expression<Func<MonevFinding, bool>> Among(IQueryable<FollowUpAction> actions) =>
        f => !actions.Any(a => a.FindingId == f.Id)
             || actions.Any(a => a.FindingId == f.Id && a.Status != ActionStatus.Done && a.Status != ActionStatus.Dropped);
}
