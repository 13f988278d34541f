using System.Linq.Expressions;
using DesaPlatform.Membership.Reconciliation.Domain;
using DesaPlatform.SharedKernel.Access;
using DesaPlatform.SharedKernel.Persistence;

namespace DesaPlatform.Membership.Reconciliation.Read;

/// <summary>
/// The lists a region's villages are read against (<see cref="NewestListPerVillage"/>), how many villages each speaks
/// for, and how many of the region's villages no list covers yet — a figure on part of the villages says how partial.
/// </summary>
internal sealed record ListCover(string RegionCode, IReadOnlyList<ListShare> Shares, int Villages, int VillagesWithoutList)
{
    /// <summary>The results in the region from the list speaking for each village, and the unmatched participants of those lists.</summary>
    public IQueryable<ReconciliationRow> Rows(IQueryable<ReconciliationRow> rows) =>
        rows.Where(RegionScope.Under(RegionCode).Predicate<ReconciliationRow>(r => r.RegionCode)).Where(FromShares());

    private Expression<Func<ReconciliationRow, bool>> FromShares()
    {
        var row = Expression.Parameter(typeof(ReconciliationRow), "r");
        var listId = Expression.Property(row, nameof(ReconciliationRow.ListId));
        var code = Expression.Property(row, nameof(ReconciliationRow.RegionCode));
        var body = Shares.Select(share => share.Except.Aggregate((Expression)Expression.Equal(listId, QueryParameter.Of(share.List.Id)), (ofShare, except) =>
                Expression.AndAlso(ofShare, Expression.Not(RegionCodeRange.Within(code, QueryParameter.Of(except), QueryParameter.Of(RegionCodeRange.Upper(except)))))))
            .DefaultIfEmpty(Expression.Constant(false))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<ReconciliationRow, bool>>(body, row);
    }
}

/// <summary>A list and the villages it speaks for: those of <paramref name="RegionCode"/> outside the regions of newer lists (<paramref name="Except"/>).</summary>
internal sealed record ListShare(ListInfo List, string RegionCode, IReadOnlyList<string> Except, int Villages);
