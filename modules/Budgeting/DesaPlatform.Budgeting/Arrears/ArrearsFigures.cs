using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Budgeting.Arrears;

internal sealed class ArrearsFigures(ArrearsBook book) : IArrearsFigures
{
    public async Task<ArrearsCounts> CountAsync(string rootCode, int childCodeLength, CancellationToken cancellationToken)
    {
        var people = await book.UnderAsync(rootCode, cancellationToken);
        return new ArrearsCounts(book.AsOf(rootCode), people
            .GroupBy(p => p.RegionCode.Length > childCodeLength ? p.RegionCode[..childCodeLength] : p.RegionCode)
            .Select(g => new ArrearsFigure(g.Key, g.Count(), g.Count(p => p.AtRisk)))
            .ToList());
    }
}
