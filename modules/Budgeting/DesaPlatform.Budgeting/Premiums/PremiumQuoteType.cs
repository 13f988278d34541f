using DesaPlatform.Budgeting.Contracts;
using DesaPlatform.Budgeting.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Budgeting.Premiums;

internal sealed class PremiumQuoteType : ObjectGraphType<PremiumQuote>
{
    public PremiumQuoteType()
    {
        Name = "PremiumQuote";
        Field(q => q.Amount).Description("Monthly premium in rupiah.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PremiumRateType>>>>("ratesUsed")
            .ResolveAsync(async ctx =>
            {
                var calculator = ctx.Service<PremiumCalculator>();
                var rates = new List<object>();
                foreach (var line in ctx.Source.Lines)
                {
                    if (await calculator.FindRateAsync(line.RateId, ctx.CancellationToken) is { } rate) rates.Add(rate);
                }
                return rates;
            });
    }
}
