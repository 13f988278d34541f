using System.Linq.Expressions;
using DesaPlatform.SharedKernel.Access;

namespace DesaPlatform.SharedKernel.Persistence;

/// <summary>
/// "This region or any under it" as the database runs it: one range, from the code itself up to (not including)
/// <c>root/</c>. Codes hold digits and dots only, and '/' follows '.' and precedes the digits in byte order, so the
/// range holds exactly the root, <c>root.</c>… and nothing else. A single range, not LIKE or an OR: PostgreSQL serves
/// it from a B-tree index on a C-collated column (region-code columns are, see <c>ModuleDbContext</c>) — also in the
/// index's order, so a page ordered by region code stops after its rows — as SQLite does in its binary order.
/// </summary>
public static class RegionCodeRange
{
    private static readonly System.Reflection.MethodInfo Compare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private static readonly ConstantExpression Zero = Expression.Constant(0);

    public static string Upper(string rootCode) => rootCode + "/";

    /// <summary>
    /// The bounds that select a scope's codes: one region and those under it, every code ("" up to "~"), or none (an
    /// empty range) — so the predicate keeps one shape (no "or everything" beside it, which would keep the database
    /// from its index).
    /// </summary>
    public static (string Lower, string Upper) Of(RegionScope scope) =>
        scope.IsEverything ? ("", "~")
        : scope.RootCode is { } root ? (root, Upper(root))
        : ("-", "-");

    /// <summary>The predicate on <paramref name="code"/> for the lower and upper bound as expressions (parameters).</summary>
    public static Expression Within(Expression code, Expression lower, Expression upper) =>
        Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Call(Compare, code, lower), Zero),
            Expression.LessThan(Expression.Call(Compare, code, upper), Zero));
}
