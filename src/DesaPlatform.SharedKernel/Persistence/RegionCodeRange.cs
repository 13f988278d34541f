using System.Linq.Expressions;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>
/// "This region or any under it" as the database runs it: the code itself, or a code from <c>root.</c> up to (not
/// including) <c>root/</c> — '/' follows '.' in byte order, and codes hold digits and dots only. A range, not LIKE:
/// PostgreSQL serves a range on a C-collated column (region-code columns are, see <c>ModuleDbContext</c>) from its
/// B-tree index, as SQLite does in its binary order; a LIKE on a parameter it can only scan.
/// </summary>
public static class RegionCodeRange
{
    private static readonly System.Reflection.MethodInfo Compare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private static readonly ConstantExpression Zero = Expression.Constant(0);

    // No code sorts below "" or above "~" (codes hold digits and dots); none equals "-" or lies in "-." … "-/".
    private const string NoRegion = "-";

    public static string Lower(string rootCode) => rootCode + ".";

    public static string Upper(string rootCode) => rootCode + "/";

    /// <summary>
    /// The root and bounds that select a scope's codes: one region and those under it, every code, or none — so the
    /// predicate keeps one shape (no "or everything" beside it, which would keep the database from its index).
    /// </summary>
    public static (string Root, string Lower, string Upper) Of(RegionScope scope) =>
        scope.IsEverything ? (NoRegion, "", "~")
        : scope.RootCode is { } root ? (root, Lower(root), Upper(root))
        : (NoRegion, Lower(NoRegion), Upper(NoRegion));

    /// <summary>The predicate on <paramref name="code"/> for the root, its lower and its upper bound as expressions (parameters).</summary>
    public static Expression Within(Expression code, Expression root, Expression lower, Expression upper) =>
        Expression.OrElse(
            Expression.Equal(code, root),
            Expression.AndAlso(
                Expression.GreaterThanOrEqual(Expression.Call(Compare, code, lower), Zero),
                Expression.LessThan(Expression.Call(Compare, code, upper), Zero)));
}
