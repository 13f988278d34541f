using DesaPlatform.Budgeting.Contracts;

namespace DesaPlatform.Budgeting.Arrears;

internal sealed class ArrearsFigures(ArrearsBook book) : IArrearsFigures
{
    public async Task<ArrearsFigure> CountAsync(string rootCode, CancellationToken cancellationToken)
    {
        var people = await book.UnderAsync(rootCode, cancellationToken);
        return new ArrearsFigure(book.AsOf(rootCode), people.Count, people.Count(p => p.AtRisk));
    }
}
